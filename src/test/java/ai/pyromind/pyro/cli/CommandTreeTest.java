package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.testing.ApiDescription;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Walks the whole command tree: every endpoint has a command, every command help and examples. */
class CommandTreeTest {
  @TempDir Path home;

  private List<CommandLine> allCommands() {
    Context context = new Context(new PyroRun(home).env("X", "x").envForTests());
    CommandLine root =
        Pyro.commandLine(
            context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(CommandLine cmd, List<CommandLine> into) {
    into.add(cmd);
    cmd.getSubcommands().values().stream()
        .distinct()
        .forEach(
            sub -> {
              if (!into.contains(sub)) {
                collect(sub, into);
              }
            });
  }

  /** pyro tells picocli to skip these types' converters; no option may need one. */
  @Test
  void noOptionHasATypeWhoseConverterIsSkipped() {
    List<String> types = new ArrayList<>();
    for (CommandLine cmd : allCommands()) {
      for (CommandLine.Model.ArgSpec arg : cmd.getCommandSpec().args()) {
        types.add(arg.type().getName());
        for (Class<?> auxiliary : arg.auxiliaryTypes()) {
          types.add(auxiliary.getName());
        }
      }
    }
    assertThat(types).contains("java.lang.String", "java.nio.file.Path", "java.math.BigDecimal");
    assertThat(types).noneMatch(type -> type.matches(Pyro.UNUSED_CONVERTERS));
    assertThat(List.of("java.time.Duration", "java.sql.Time", "java.sql.Connection"))
        .allMatch(type -> type.matches(Pyro.UNUSED_CONVERTERS));
  }

  /** What pyro's exclusion leaves: the built-in converters and Path's, and no java.time one. */
  @Test
  void theExclusionSkipsOnlyTheConvertersFoundByReflection() {
    String before = System.getProperty("picocli.converters.excludes");
    System.setProperty("picocli.converters.excludes", Pyro.UNUSED_CONVERTERS);
    try {
      CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();
      spec.addOption(CommandLine.Model.OptionSpec.builder("--rate").type(BigDecimal.class).build());
      spec.addOption(CommandLine.Model.OptionSpec.builder("--file").type(Path.class).build());
      spec.addOption(CommandLine.Model.OptionSpec.builder("--n").type(int.class).build());
      spec.addOption(CommandLine.Model.OptionSpec.builder("--at").type(Duration.class).build());
      CommandLine line = new CommandLine(spec);
      CommandLine.ParseResult parsed =
          line.parseArgs("--rate", "0.0003", "--file", "a", "--n", "7");
      assertThat((BigDecimal) parsed.matchedOptionValue("--rate", null))
          .isEqualByComparingTo("0.0003");
      assertThat((Path) parsed.matchedOptionValue("--file", null)).isEqualTo(Path.of("a"));
      assertThat((Integer) parsed.matchedOptionValue("--n", 0)).isEqualTo(7);
      assertThatThrownBy(() -> new CommandLine(spec).parseArgs("--at", "PT1S"))
          .hasMessageContaining("No TypeConverter registered for java.time.Duration");
    } finally {
      if (before == null) {
        System.clearProperty("picocli.converters.excludes");
      } else {
        System.setProperty("picocli.converters.excludes", before);
      }
    }
  }

  @Test
  void everyEndpointOfTheApiDescriptionIsReachedByACommand() {
    Set<String> documented = new TreeSet<>();
    ApiDescription.load().endpoints().forEach(endpoint -> documented.add(endpoint.key()));
    assertThat(documented).hasSize(25);
    Set<String> driven = new TreeSet<>();
    for (CommandLine cmd : allCommands()) {
      Drives drives = cmd.getCommand().getClass().getAnnotation(Drives.class);
      if (drives != null) {
        driven.addAll(List.of(drives.value()));
      }
    }
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(driven);
    assertThat(missing).as("endpoints without a command").isEmpty();
    Set<String> unknown = new TreeSet<>(driven);
    unknown.removeAll(documented);
    assertThat(unknown).as("commands naming endpoints the document lacks").isEmpty();
  }

  @Test
  void everyCommandAndOptionHasADescriptionAndEveryCommandAnExample() {
    for (CommandLine cmd : allCommands()) {
      CommandLine.Model.CommandSpec spec = cmd.getCommandSpec();
      String name = spec.qualifiedName();
      assertThat(String.join(" ", spec.usageMessage().description()))
          .as(name + " description")
          .isNotBlank();
      assertThat(String.join("\n", spec.usageMessage().footer()))
          .as(name + " example")
          .containsPattern("Examples?:\\n  pyro");
      for (CommandLine.Model.OptionSpec option : spec.options()) {
        assertThat(String.join(" ", option.description()))
            .as(name + " " + option.longestName())
            .isNotBlank();
      }
      for (CommandLine.Model.PositionalParamSpec param : spec.positionalParameters()) {
        assertThat(String.join(" ", param.description()))
            .as(name + " " + param.paramLabel())
            .isNotBlank();
      }
    }
  }

  private CommandLine startUpTree(String... args) {
    Context context = new Context(new PyroRun(home).env("X", "x").envForTests());
    return CommandTree.build(new PyroFactory(context), args, false);
  }

  @Test
  void startUpBuildsOnlyTheGroupAndCommandTheLineNames() {
    CommandLine root = startUpTree("-p", "local", "sbx", "-o", "json", "ls", "--status", "running");
    assertThat(root.getSubcommands()).containsOnlyKeys("sandbox", "sandboxes", "sbx");
    CommandLine sandbox = root.getSubcommands().get("sandbox");
    assertThat(sandbox.getSubcommands()).containsOnlyKeys("list", "ls");
    assertThat(sandbox.getSubcommands().get("ls").getCommandSpec().findOption("--status"))
        .isNotNull();
  }

  @Test
  void whereTheLineNamesNoCommandEveryEntryIsALightOne() {
    CommandLine sandbox = startUpTree("sandbox", "--help").getSubcommands().get("sandbox");
    assertThat(sandbox.getSubcommands()).containsKeys("list", "create", "delete", "rm", "wait");
    CommandLine get = sandbox.getSubcommands().get("get");
    assertThat(get.getCommandSpec().positionalParameters()).isEmpty();
    assertThat(get.getCommandSpec().usageMessage().description())
        .containsExactly("Show one sandbox.");
    CommandLine root = startUpTree("sandboxx", "list");
    assertThat(root.getSubcommands()).containsKeys("sandbox", "train", "auth", "version");
    assertThat(root.getSubcommands().get("train").getSubcommands()).isEmpty();
  }

  private List<String> words(String... args) {
    return CommandTree.commandWords(args, startUpTree().getCommandSpec());
  }

  @Test
  void theCommandWordsSkipGlobalOptionsAndTheirValues() {
    assertThat(words("--jq", "list", "-q", "train", "get", "x"))
        .containsExactly("train", "get", "x");
    assertThat(words("emulator", "fault", "add", "GET", "/"))
        .containsExactly("emulator", "fault", "add");
    assertThat(words("--output=json", "sandbox")).containsExactly("sandbox");
    assertThat(words("--", "-sandbox", "list")).containsExactly("-sandbox", "list");
    assertThat(words("-p")).isEmpty();
    assertThat(words("-p", "local", "--ca-file", "ca.pem", "--retries", "2", "sbx", "ls"))
        .containsExactly("sbx", "ls");
  }

  /** Else `pyro --new-option VALUE sandbox get` would take VALUE for the command's name. */
  @Test
  void whichGlobalOptionsTakeAValueComesFromTheRootsModel() {
    CommandLine.Model.CommandSpec root = CommandLine.Model.CommandSpec.create();
    root.addOption(CommandLine.Model.OptionSpec.builder("--zone").type(String.class).build());
    root.addOption(CommandLine.Model.OptionSpec.builder("--dry").type(boolean.class).build());
    assertThat(CommandTree.commandWords(new String[] {"--zone", "eu", "--dry", "sandbox"}, root))
        .containsExactly("sandbox");
  }

  @Test
  void aCommandNamedByAnAliasRunsAndAMistypedOneGetsASuggestion() {
    PyroRun.Result help = new PyroRun(home).run("sbx", "ls", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--status=STATUS");
    PyroRun.Result typo = new PyroRun(home).run("sandbox", "lst");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err())
        .isEqualTo(
            "error: unknown command 'lst' for 'pyro sandbox'; did you mean list? (see 'pyro sandbox"
                + " --help')\n");
    PyroRun.Result option = new PyroRun(home).run("sandbox", "list", "--stauts", "running");
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.err()).contains("did you mean --status?");
    PyroRun.Result group = new PyroRun(home).run("sandboxx", "list");
    assertThat(group.err()).contains("did you mean sandbox?");
  }

  /**
   * gh and kubectl say "unknown command" for a word that names no command, and name the extra words
   * a leaf does not take; picocli's "unmatched argument at index 0" is parser jargon.
   */
  @Test
  void anUnknownCommandAndAnExtraArgumentAreNamedAsGhAndKubectlNameThem() {
    PyroRun.Result root = new PyroRun(home).run("bogus");
    assertThat(root.code()).isEqualTo(2);
    assertThat(root.out()).isEmpty();
    assertThat(root.err())
        .isEqualTo("error: unknown command 'bogus' for 'pyro' (see 'pyro --help')\n");
    PyroRun.Result group = new PyroRun(home).run("sandbx", "list");
    assertThat(group.code()).isEqualTo(2);
    assertThat(group.err())
        .isEqualTo(
            "error: unknown command 'sandbx' for 'pyro'; did you mean sandbox? (see 'pyro"
                + " --help')\n");
    PyroRun.Result verb = new PyroRun(home).run("instance", "bogus");
    assertThat(verb.err())
        .isEqualTo(
            "error: unknown command 'bogus' for 'pyro instance' (see 'pyro instance --help')\n");
    PyroRun.Result extra = new PyroRun(home).run("sandbox", "list", "extra");
    assertThat(extra.code()).isEqualTo(2);
    assertThat(extra.out()).isEmpty();
    assertThat(extra.err())
        .isEqualTo("error: unexpected argument 'extra' (see 'pyro sandbox list --help')\n");
    PyroRun.Result extras = new PyroRun(home).run("sandbox", "get", "sbx_1", "a", "b");
    assertThat(extras.code()).isEqualTo(2);
    assertThat(extras.err())
        .isEqualTo("error: unexpected arguments 'a', 'b' (see 'pyro sandbox get --help')\n");
  }

  @Test
  void everyCommandClassIsInTheGeneratedNativeImageReflectionConfig() throws Exception {
    String resource =
        "META-INF/native-image/picocli-generated/ai.pyromind/pyro/reflect-config.json";
    Set<String> configured = new TreeSet<>();
    try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      ai.pyromind.pyro.api.Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .forEach(entry -> configured.add(entry.path("name").asText()));
    }
    List<String> commandClasses =
        allCommands().stream()
            .map(c -> c.getCommandSpec().userObject().getClass().getName())
            .toList();
    assertThat(commandClasses).hasSizeGreaterThan(60);
    assertThat(configured).containsAll(commandClasses);
  }
}
