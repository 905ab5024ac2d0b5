package ai.pyromind.pyro.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** What a mistyped command or option was probably meant to be. */
final class Suggestions {
  private Suggestions() {}

  /**
   * "; did you mean list?" for a mistyped command or option, as gh offers: the command's
   * subcommands or options nearest to what was typed (two edits at most), each named once (by its
   * closest name or alias).
   */
  static String of(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String typed = unmatched.getUnmatched().get(0).split("=", 2)[0];
    CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
    Map<String, ?> names = typed.startsWith("-") ? spec.optionsMap() : spec.subcommands();
    Map<Object, String> closestName = new LinkedHashMap<>();
    names.forEach(
        (name, target) -> {
          if (editDistance(typed, name) <= 2) {
            closestName.merge(
                target,
                name,
                (kept, other) ->
                    editDistance(typed, other) < editDistance(typed, kept) ? other : kept);
          }
        });
    int nearest =
        closestName.values().stream().mapToInt(name -> editDistance(typed, name)).min().orElse(0);
    List<String> close =
        closestName.values().stream()
            .filter(name -> editDistance(typed, name) == nearest)
            .limit(2)
            .toList();
    return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
