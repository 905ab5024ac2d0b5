package ai.pyromind.pyro.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What shell completion needs to know of the command tree, read from picocli's model however the
 * tree was built: each visible command by its path, its subcommands (with their aliases), its own
 * options, which of them take a value and what that value may be, and what each argument is.
 */
record CompletionModel(List<CompletionModel.Node> nodes) {
  /**
   * A command; {@code path} is the canonical words after {@code pyro}, each preceded by a space
   * ({@code " sandbox get"}), so the root is {@code ""}.
   */
  record Node(String path, List<Child> children, List<Opt> options, List<Arg> args) {}

  /** A subcommand as it may be typed: its name and aliases, and the path they lead to. */
  record Child(List<String> names, String path, String description) {}

  /**
   * An option: its names, whether a value follows, the values it offers, or files, or (idKind)
   * {@link #PROFILES}.
   */
  record Opt(
      List<String> names,
      boolean takesValue,
      List<String> values,
      boolean files,
      String description,
      String idKind) {}

  /**
   * Positional arguments {@code from..to} (to = -1: any number): ids of a kind (or {@link
   * #PROFILES}), values or files.
   */
  record Arg(int from, int to, String idKind, List<String> values, boolean files) {}

  /** The idKind of a profile's name ({@code -p}, {@code config use}): the config's profiles. */
  static final String PROFILES = "profile";

  /** Words the scripts may hold literally: nothing a shell would expand or split. */
  private static final Pattern STATIC_WORD =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:=,+@/-]*|-[A-Za-z0-9-]+");

  private static final Set<String> FILE_LABELS = Set.of("FILE", "DIR");

  static CompletionModel of(CommandLine root) {
    List<Node> nodes = new ArrayList<>();
    walk(root.getCommandSpec(), "", null, nodes);
    return new CompletionModel(List.copyOf(nodes));
  }

  private static void walk(CommandSpec spec, String path, String kind, List<Node> nodes) {
    List<Child> children = new ArrayList<>();
    List<CommandSpec> visible = new ArrayList<>();
    for (CommandLine sub : spec.subcommands().values()) {
      CommandSpec child = sub.getCommandSpec();
      if (child.usageMessage().hidden() || visible.contains(child)) {
        continue;
      }
      visible.add(child);
      List<String> names = new ArrayList<>();
      names.add(safe(child.name()));
      for (String alias : child.aliases()) {
        names.add(safe(alias));
      }
      children.add(
          new Child(names, path + " " + child.name(), first(child.usageMessage().description())));
    }
    List<Opt> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      boolean global = option.inherited() || option.usageHelp() || option.versionHelp();
      if (!option.hidden() && (path.isEmpty() || !global)) {
        List<String> names = option.names().length == 0 ? List.of() : List.of(option.names());
        names.forEach(CompletionModel::safe);
        boolean takesValue = option.arity().max() > 0 && !isBoolean(option);
        String profiles = option.longestName().equals("--profile") ? PROFILES : null;
        options.add(
            new Opt(
                names,
                takesValue,
                values(option),
                files(option),
                first(option.description()),
                profiles));
      }
    }
    List<Arg> args = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.hidden()) {
        continue;
      }
      int from = p.index().min();
      int to =
          p.index().isUnresolved() || p.index().max() == Integer.MAX_VALUE ? -1 : p.index().max();
      if (p.arity().max() > 1 && to == from) {
        to = -1;
      }
      String idKind = kind != null && p.paramLabel().equals("ID") ? kind : null;
      if (p.paramLabel().equals("PROFILE")) {
        idKind = PROFILES;
      }
      args.add(new Arg(from, to, idKind, values(p), files(p)));
    }
    nodes.add(new Node(path, children, options, args));
    for (CommandSpec child : visible) {
      String top =
          kind != null || !path.isEmpty() || IdKind.of(child.name()) == null ? kind : child.name();
      walk(child, path + " " + child.name(), top, nodes);
    }
  }

  private static boolean isBoolean(OptionSpec option) {
    Class<?> type = option.type();
    return (type == boolean.class || type == Boolean.class)
        && option.arity().max() <= 1
        && option.arity().min() == 0;
  }

  private static List<String> values(ArgSpec arg) {
    List<String> values = new ArrayList<>();
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates != null) {
      boolean isEnum = arg.type() != null && arg.type().isEnum();
      for (String value : candidates) {
        values.add(safe(isEnum ? value.toLowerCase(Locale.ROOT) : value));
      }
    }
    return List.copyOf(values);
  }

  private static boolean files(ArgSpec arg) {
    Class<?> type = arg.type();
    return FILE_LABELS.contains(arg.paramLabel())
        || type == java.io.File.class
        || type == java.nio.file.Path.class;
  }

  /** A word the generator refuses to put into a script unquoted if it could be shell syntax. */
  private static String safe(String word) {
    if (!STATIC_WORD.matcher(word).matches()) {
      throw new IllegalStateException("not a word a completion script can hold: " + word);
    }
    return word;
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0].replace("${DEFAULT-VALUE}", "").trim();
  }
}
