package ai.pyromind.pyro.cli.completion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completion scripts generated from the real command tree: bash (picocli's {@link AutoComplete},
 * which zsh runs through bashcompinit) and fish (from the same model). Commands that take an ID
 * complete it with the ids of existing resources, from {@code pyro __complete GROUP}.
 */
public final class CompletionScripts {
  /** What an id looks like; anything else the server lists is never offered. */
  static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.:-]*$";

  private static final String IDS_HELPER =
      """

      # Ids of existing resources, for commands that take an ID (a short timeout; silent on errors).
      # Server text: each id is checked and added as it is, never through compgen -W, which would
      # expand $(...) and backticks in it.
      function _pyro_ids() {
        pyro __complete "$1" 2>/dev/null
      }

      function _pyro_complete_ids() {
        local id pattern='%s'
        COMPREPLY=()
        while IFS= read -r id; do
          if [[ $id =~ $pattern && $id == "$2"* ]]; then
            COMPREPLY+=("$id")
          fi
        done < <(_pyro_ids "$1")
      }
      """
          .formatted(ID_PATTERN);

  private static final String PICOCLI_POSITIONALS = "local positionals=\"\"";
  private static final List<String> PICOCLI_REPLY =
      List.of(
          "local IFS=$'\\n'",
          "COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}${IFS}${positionals}\" -- \"${curr_word}\") )");

  private CompletionScripts() {}

  public static String bash(CommandLine root) {
    String script = AutoComplete.bash("pyro", root);
    Map<String, String> idFunctions = idFunctions(root);
    StringBuilder out = new StringBuilder();
    String currentGroup = null;
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("function _picocli_pyro_")) {
        String name = line.substring("function ".length(), line.indexOf('('));
        currentGroup = idFunctions.get(name);
      }
      if (currentGroup != null && line.trim().equals(PICOCLI_POSITIONALS)) {
        checkPicocliReply(lines, i + 1);
        String indent = line.substring(0, line.indexOf(PICOCLI_POSITIONALS));
        line = indent + "_pyro_complete_ids " + currentGroup + " \"${curr_word}\"";
        i += PICOCLI_REPLY.size();
      }
      out.append(line).append('\n');
    }
    String result = out.substring(0, out.length() - 1);
    int insertAt = result.indexOf("\nfunction ");
    while (result.lastIndexOf('\n', insertAt - 1) >= 0
        && result.startsWith("\n#", result.lastIndexOf('\n', insertAt - 1))) {
      insertAt = result.lastIndexOf('\n', insertAt - 1); // before the function's comment
    }
    return result.substring(0, insertAt) + IDS_HELPER + result.substring(insertAt);
  }

  /** The lines replaced must be picocli's compgen over the positionals, nothing else. */
  private static void checkPicocliReply(String[] lines, int from) {
    for (int j = 0; j < PICOCLI_REPLY.size(); j++) {
      if (from + j >= lines.length || !lines[from + j].trim().equals(PICOCLI_REPLY.get(j))) {
        throw new IllegalStateException(
            "picocli's bash completion changed shape: cannot complete ids safely");
      }
    }
  }

  /** For zsh: the bash script, which sets up bashcompinit itself when zsh sources it. */
  public static String zsh(CommandLine root) {
    return "#compdef pyro\n"
        + "# Either source it (source <(pyro completion zsh)) or put it on $fpath as _pyro.\n"
        + "# zsh has no compopt; the alias below comes too late for a function loaded whole.\n"
        + "compopt() { :; }\n"
        + bash(root)
        + "\n# Autoloaded from $fpath as _pyro: complete this first time too.\n"
        + "if [[ -n ${ZSH_VERSION-} && ${funcstack[1]-} == _pyro ]]; then\n"
        + "  _bash_complete -F _complete_pyro \"$@\"\n"
        + "fi\n";
  }

  /** Function names of commands whose first positional is an ID, mapped to their group. */
  private static Map<String, String> idFunctions(CommandLine root) {
    Map<String, String> functions = new LinkedHashMap<>();
    for (CommandLine group : root.getSubcommands().values()) {
      for (CommandLine leaf : group.getSubcommands().values()) {
        if (takesId(leaf.getCommandSpec())) {
          for (String g : names(group.getCommandSpec())) {
            for (String v : names(leaf.getCommandSpec())) {
              functions.put("_picocli_pyro_" + g + "_" + v, group.getCommandSpec().name());
            }
          }
        }
      }
    }
    return functions;
  }

  private static boolean takesId(CommandSpec spec) {
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    return !positionals.isEmpty() && positionals.get(0).paramLabel().equals("ID");
  }

  private static List<String> names(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    names.add(spec.name());
    names.addAll(List.of(spec.aliases()));
    return names;
  }

  public static String fish(CommandLine root) {
    StringBuilder out =
        new StringBuilder("# fish completion for pyro, generated from its command tree\n");
    out.append("complete -c pyro -f\n");
    for (OptionSpec option : root.getCommandSpec().options()) {
      out.append(fishOption("", option));
    }
    List<String> groupNames = new ArrayList<>();
    root.getSubcommands().values().stream()
        .distinct()
        .forEach(g -> groupNames.addAll(names(g.getCommandSpec())));
    for (CommandLine group : root.getSubcommands().values().stream().distinct().toList()) {
      CommandSpec g = group.getCommandSpec();
      if (g.usageMessage().hidden()) {
        continue;
      }
      out.append("complete -c pyro -n '__fish_use_subcommand' -a ")
          .append(g.name())
          .append(" -d ")
          .append(quote(first(g.usageMessage().description())))
          .append('\n');
      String inGroup = "__fish_seen_subcommand_from " + String.join(" ", names(g));
      List<String> verbNames = new ArrayList<>();
      group.getSubcommands().values().stream()
          .distinct()
          .forEach(v -> verbNames.addAll(names(v.getCommandSpec())));
      for (CommandLine verb : group.getSubcommands().values().stream().distinct().toList()) {
        CommandSpec v = verb.getCommandSpec();
        out.append("complete -c pyro -n '")
            .append(inGroup)
            .append("; and not __fish_seen_subcommand_from ")
            .append(String.join(" ", verbNames))
            .append("' -a ")
            .append(v.name())
            .append(" -d ")
            .append(quote(first(v.usageMessage().description())))
            .append('\n');
        String inVerb = inGroup + "; and __fish_seen_subcommand_from " + String.join(" ", names(v));
        for (OptionSpec option : v.options()) {
          if (!option.inherited() && !option.usageHelp() && !option.versionHelp()) {
            out.append(fishOption(inVerb, option));
          }
        }
        fishSubcommands(out, inVerb, verb);
        if (takesId(v)) {
          out.append("complete -c pyro -n '")
              .append(inVerb)
              .append("' -a '(pyro __complete ")
              .append(g.name())
              .append(" 2>/dev/null | string match -r -- \\'")
              .append(ID_PATTERN)
              .append("\\')'\n");
        }
      }
      if (group.getSubcommands().isEmpty()) {
        for (OptionSpec option : g.options()) {
          if (!option.inherited() && !option.usageHelp() && !option.versionHelp()) {
            out.append(fishOption(inGroup, option));
          }
        }
      }
    }
    return out.toString();
  }

  /** The commands of a group within a group ({@code emulator fault add}) and their options. */
  private static void fishSubcommands(StringBuilder out, String inVerb, CommandLine verb) {
    List<CommandLine> subs = verb.getSubcommands().values().stream().distinct().toList();
    List<String> subNames = new ArrayList<>();
    subs.forEach(sub -> subNames.addAll(names(sub.getCommandSpec())));
    for (CommandLine sub : subs) {
      CommandSpec s = sub.getCommandSpec();
      out.append("complete -c pyro -n '")
          .append(inVerb)
          .append("; and not __fish_seen_subcommand_from ")
          .append(String.join(" ", subNames))
          .append("' -a ")
          .append(s.name())
          .append(" -d ")
          .append(quote(first(s.usageMessage().description())))
          .append('\n');
      String inSub = inVerb + "; and __fish_seen_subcommand_from " + String.join(" ", names(s));
      for (OptionSpec option : s.options()) {
        if (!option.inherited() && !option.usageHelp() && !option.versionHelp()) {
          out.append(fishOption(inSub, option));
        }
      }
    }
  }

  private static String fishOption(String condition, OptionSpec option) {
    StringBuilder line = new StringBuilder("complete -c pyro");
    if (!condition.isEmpty()) {
      line.append(" -n '").append(condition).append('\'');
    }
    for (String name : option.names()) {
      line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
    }
    if (option.arity().max() > 0) {
      line.append(" -r");
    }
    line.append(" -d ").append(quote(first(option.description())));
    return line.append('\n').toString();
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0].replace("${DEFAULT-VALUE}", "");
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
