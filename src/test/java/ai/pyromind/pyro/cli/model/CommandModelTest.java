package ai.pyromind.pyro.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.CommandTree;
import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.PyroFactory;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The generated command model is the annotations' model: its sources are what the generator writes
 * from the annotations today, and every command's help, structure and parsing are the same in both.
 * Update the sources with {@code -Dgolden.update=true}.
 */
class CommandModelTest {
  private static final Path SOURCES = Path.of("src/main/java");
  @TempDir Path home;

  private Context context() {
    return new Context(new PyroRun(home).env("X", "x").envForTests());
  }

  /** The model picocli makes by reading the annotations: the reference. */
  private CommandLine annotated() {
    return CommandTree.annotated(new PyroFactory(context()));
  }

  /** The reference as a run shows it: what {@link #generated()} must equal. */
  private CommandLine annotatedAsRun() {
    return CommandTree.annotatedAsRun(new PyroFactory(context()));
  }

  private CommandLine generated() {
    return Pyro.commandLine(
        context(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void theCommittedModelIsWhatTheAnnotationsGenerate() throws IOException {
    Map<Path, String> files =
        ModelGenerator.generate(annotated(), CommandTree.class.getPackageName());
    List<Path> stale = committedModelFiles();
    stale.removeAll(files.keySet());
    if (Boolean.getBoolean("golden.update")) {
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Files.writeString(SOURCES.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      for (Path old : stale) {
        Files.delete(SOURCES.resolve(old));
      }
      stale.clear();
    }
    assertThat(stale).as("generated model files no package needs").isEmpty();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Path path = SOURCES.resolve(file.getKey());
      assertThat(Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "")
          .as(path + " (regenerate with -Dgolden.update=true)")
          .isEqualTo(file.getValue());
    }
  }

  private static List<Path> committedModelFiles() throws IOException {
    try (Stream<Path> all = Files.walk(SOURCES)) {
      List<Path> found = new ArrayList<>();
      all.filter(p -> p.getFileName().toString().matches("Command(Specs|Model)\\.java"))
          .filter(p -> read(p).startsWith(ModelGenerator.HEADER))
          .forEach(p -> found.add(SOURCES.relativize(p)));
      return found;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyCommandsHelpIsByteForByteTheAnnotationModels() {
    // as Pyro sets it up for a run
    Map<String, CommandLine> expected =
        byPath(annotatedAsRun().setCaseInsensitiveEnumValuesAllowed(true));
    Map<String, CommandLine> actual = byPath(generated());
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(expected).hasSizeGreaterThan(70);
    expected.forEach(
        (path, command) -> {
          assertThat(actual.get(path).getUsageMessage(CommandLine.Help.Ansi.OFF))
              .as(path + " --help")
              .isEqualTo(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
          assertThat(SpecDescription.of(actual.get(path).getCommandSpec()).split("\n"))
              .as(path + " model")
              .containsExactly(SpecDescription.of(command.getCommandSpec()).split("\n"));
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sandbox list --status running --limit 5 --sort-by .name -o json",
        "-p local sbx ls --all --page-size 50 --no-headers",
        "sandbox create box --type gpu-sandbox --cpu 16 --memory 64 --gpu 4 --dry-run -o id",
        "sandbox get sbx_1 --error-format JSON -q",
        "sandbox delete sbx_1 --yes",
        "sandbox wait sbx_1 --for stopped --timeout 1m --interval 2s",
        "sandbox run sbx_1 -- ls -la",
        "instance create lab --resource-type cpu --cpu 1 --memory 1 --wait",
        "inference create job --model-type nlp --model m --cpu 1 --memory 1 --param k=v --wait",
        "inference logs inf_1 --follow --tail 20",
        "train submit job --framework pytorch --model m --cpu 1 --memory 1 --train-data s3://t"
            + " --hp epochs=3 --hp lr=0.1 --output-bucket b --output-path /p",
        "train watch train_1 --interval 300ms",
        "train logs train_1 --since 5m",
        "--debug --retries 2 --request-timeout 5s config set api_url http://x",
        "config use local",
        "emulator fault add GET /sandboxes --status 503 --count 2",
        "emulator start --port 0 --detach",
        "api /sandboxes --paginate",
        "auth login --with-token --api-url http://127.0.0.1:1",
        "apply -f project.yaml --replace --yes --dry-run",
        "completion bash",
        "__complete sandbox",
        "version"
      })
  void everyLineSetsTheSameFieldsInBothModels(String line) {
    String[] args = line.split(" ");
    String expected = parsed(annotatedAsRun().setCaseInsensitiveEnumValuesAllowed(true), args);
    assertThat(expected).doesNotStartWith("error:");
    assertThat(parsed(generated(), args)).isEqualTo(expected);
  }

  /** The fields of the command the line runs (and of its mixins), or the parse error. */
  private static String parsed(CommandLine root, String[] args) {
    try {
      CommandLine.ParseResult result = root.parseArgs(args);
      while (result.hasSubcommand()) {
        result = result.subcommand();
      }
      return fields(result.commandSpec().userObject());
    } catch (CommandLine.ParameterException e) {
      return "error: " + e.getMessage();
    }
  }

  private static String fields(Object object) {
    StringBuilder s = new StringBuilder(object.getClass().getSimpleName()).append(" {");
    for (Class<?> c = object.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field f : c.getDeclaredFields()) {
        try {
          f.setAccessible(true);
          if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
            s.append(f.getName()).append('=').append(fields(f.get(object))).append(' ');
          } else if (f.isAnnotationPresent(CommandLine.Option.class)
              || f.isAnnotationPresent(CommandLine.Parameters.class)) {
            s.append(f.getName()).append('=').append(f.get(object)).append(' ');
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return s.append('}').toString();
  }

  /** Every command by its full name, aliases included, in the order picocli lists them. */
  static Map<String, CommandLine> byPath(CommandLine root) {
    Map<String, CommandLine> all = new LinkedHashMap<>();
    collect("pyro", root, all);
    return all;
  }

  private static void collect(String path, CommandLine command, Map<String, CommandLine> into) {
    into.put(path, command);
    command.getSubcommands().forEach((name, sub) -> collect(path + " " + name, sub, into));
  }
}
