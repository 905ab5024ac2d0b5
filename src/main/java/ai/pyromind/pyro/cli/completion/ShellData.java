package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.cli.completion.CompletionModel.Arg;
import ai.pyromind.pyro.cli.completion.CompletionModel.Child;
import ai.pyromind.pyro.cli.completion.CompletionModel.Node;
import ai.pyromind.pyro.cli.completion.CompletionModel.Opt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command tree as four shell functions that bash and zsh read alike ({@code case} over the
 * command's path): {@code _pyro_next} (a word to the subcommand it names), {@code _pyro_spec} (a
 * command's subcommands and options), {@code _pyro_value} (what follows an option) and {@code
 * _pyro_arg} (what the Nth argument is). Every word in them passed {@link CompletionModel}'s check.
 */
final class ShellData {
  private final StringBuilder out = new StringBuilder();

  static String render(CompletionModel model) {
    return new ShellData().write(model);
  }

  private String write(CompletionModel model) {
    Node root = model.nodes().get(0);
    line("_pyro_globals='" + String.join(" ", optionNames(root.options())) + "'");
    line("");
    line("_pyro_next() {");
    line("  case $1 in");
    for (Node node : model.nodes()) {
      for (Child child : node.children()) {
        List<String> keys = new ArrayList<>();
        child.names().forEach(name -> keys.add(quote(node.path() + " " + name)));
        line("  " + String.join(" | ", keys) + ") _pyro_cmd=" + quote(child.path()) + " ;;");
      }
    }
    line("  *) return 1 ;;");
    line("  esac");
    line("}");
    line("");
    line("_pyro_spec() {");
    line("  _pyro_subs='' _pyro_opts=''");
    line("  case $1 in");
    for (Node node : model.nodes()) {
      List<String> subs = new ArrayList<>();
      node.children().forEach(child -> subs.addAll(child.names()));
      List<String> opts = node.path().isEmpty() ? List.of() : optionNames(node.options());
      if (!subs.isEmpty() || !opts.isEmpty()) {
        String subsPart = subs.isEmpty() ? "" : " _pyro_subs=" + quote(String.join(" ", subs));
        String optsPart = opts.isEmpty() ? "" : " _pyro_opts=" + quote(String.join(" ", opts));
        line("  " + quote(node.path()) + ")" + subsPart + optsPart + " ;;");
      }
    }
    line("  esac");
    line("}");
    line("");
    line("_pyro_value() {");
    line("  _pyro_words='' _pyro_files='' _pyro_kind=''");
    line("  case $1 in");
    for (Node node : model.nodes()) {
      if (!node.path().isEmpty()) {
        values("", node.path() + "|", node.options());
      }
    }
    values("*", "|", root.options());
    line("  *) return 1 ;;");
    line("  esac");
    line("}");
    line("");
    line("_pyro_arg() {");
    line("  _pyro_words='' _pyro_files='' _pyro_kind=''");
    line("  case $1 in");
    for (Node node : model.nodes()) {
      for (Arg arg : node.args()) {
        String action = action(arg.idKind(), arg.values(), arg.files());
        if (!action.isEmpty()) {
          line(
              "  "
                  + String.join(" | ", positions(node.path(), arg, false))
                  + ") "
                  + action
                  + " ;;");
        }
      }
    }
    line("  esac");
    line("}");
    line("");
    return out.toString();
  }

  /**
   * zsh only (bash cannot show descriptions): {@code _pyro_desc CMD} fills the associative array
   * {@code _pyro_d} with each subcommand's and option's one-line description, global options
   * included, which the driver shows beside the word as gh and kubectl do.
   */
  static String zshDescriptions(CompletionModel model) {
    ShellData data = new ShellData();
    Node root = model.nodes().get(0);
    List<String> globals = new ArrayList<>();
    for (Opt option : root.options()) {
      option.names().forEach(name -> globals.add(pair(name, option.description())));
    }
    data.line("_pyro_desc() {");
    data.line("  typeset -gA _pyro_d");
    data.line("  _pyro_d=(" + String.join(" ", globals) + ")");
    data.line("  case $1 in");
    for (Node node : model.nodes()) {
      List<String> pairs = new ArrayList<>();
      for (Child child : node.children()) {
        child.names().forEach(name -> pairs.add(pair(name, child.description())));
      }
      if (!node.path().isEmpty()) {
        for (Opt option : node.options()) {
          option.names().forEach(name -> pairs.add(pair(name, option.description())));
        }
      }
      if (!pairs.isEmpty()) {
        data.line("  " + quote(node.path()) + ") _pyro_d+=(" + String.join(" ", pairs) + ") ;;");
      }
    }
    data.line("  esac");
    data.line("}");
    data.line("");
    return data.out.toString();
  }

  /** A word and its description for a zsh associative array, each single-quoted. */
  private static String pair(String word, String description) {
    String text = description == null ? "" : description.strip();
    return quote(word) + " '" + text.replace("'", "'\\''") + "'";
  }

  /** One arm per action for a command's options that take a value. */
  private void values(String glob, String prefix, List<Opt> options) {
    Map<String, List<String>> byAction = new LinkedHashMap<>();
    for (Opt option : options) {
      if (option.takesValue()) {
        List<String> keys =
            byAction.computeIfAbsent(
                action(option.idKind(), option.values(), option.files()), a -> new ArrayList<>());
        option.names().forEach(name -> keys.add(glob + quote(prefix + name)));
      }
    }
    byAction.forEach(
        (action, keys) ->
            line(
                "  "
                    + String.join(" | ", keys)
                    + ")"
                    + (action.isEmpty() ? "" : " " + action)
                    + " ;;"));
  }

  private static String action(String idKind, List<String> values, boolean files) {
    if (idKind != null) {
      return "_pyro_kind=" + idKind;
    }
    if (!values.isEmpty()) {
      return "_pyro_words=" + quote(String.join(" ", values));
    }
    return files ? "_pyro_files=1" : "";
  }

  /** Case patterns for the argument positions an {@link Arg} covers ({@code ??*}: 10 and on). */
  static List<String> positions(String path, Arg arg, boolean fish) {
    String prefix = quote(path + "|");
    String rest = fish ? quote(path + "|??*") : prefix + "??*";
    if (arg.to() < 0 && arg.from() == 0) {
      return List.of(fish ? quote(path + "|*") : prefix + "*");
    }
    List<String> patterns = new ArrayList<>();
    int last = arg.to() < 0 ? 9 : arg.to();
    for (int i = arg.from(); i <= last; i++) {
      patterns.add(quote(path + "|" + i));
    }
    if (arg.to() < 0) {
      patterns.add(rest);
    }
    return patterns;
  }

  static List<String> optionNames(List<Opt> options) {
    List<String> names = new ArrayList<>();
    options.forEach(option -> names.addAll(option.names()));
    return names;
  }

  private static String quote(String word) {
    return "'" + word + "'";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
