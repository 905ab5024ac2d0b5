package ai.pyromind.pyro.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/** What a mistyped command or option was probably meant to be. */
final class Suggestions {
  private static final int MAX_EDITS = 2;

  private Suggestions() {}

  /**
   * "; did you mean list?" for a mistyped command or option, as gh offers: the command's
   * subcommands or options nearest to what was typed (two edits at most), each named once (a
   * command by its name before its aliases).
   */
  static String of(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String typed = unmatched.getUnmatched().get(0).split("=", 2)[0];
    CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
    Map<String, ?> names = typed.startsWith("-") ? spec.optionsMap() : spec.subcommands();
    int nearest = MAX_EDITS + 1;
    List<String> close = new ArrayList<>();
    Set<Object> named = new HashSet<>();
    for (Map.Entry<String, ?> entry : names.entrySet()) {
      int distance = editDistance(typed, entry.getKey());
      if (distance < nearest) {
        nearest = distance;
        close.clear();
        named.clear();
      }
      if (distance == nearest && named.add(entry.getValue())) {
        close.add(entry.getKey());
      }
    }
    return close.isEmpty()
        ? ""
        : "; did you mean "
            + String.join(" or ", close.subList(0, Math.min(2, close.size())))
            + "?";
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
