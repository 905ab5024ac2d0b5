package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.output.DisplayWidth;
import java.util.List;

/**
 * Lines a picker's choices up in columns measured in terminal columns, so that CJK, emoji and
 * combining marks do not push the columns after them out of line; cut by whole characters.
 */
final class ChoiceLayout {
  /** A cell wider than this is cut: one long name must not push every other column off. */
  static final int WIDEST_CELL = 40;

  private static final String ELLIPSIS = "…";
  private final int[] widths;

  ChoiceLayout(List<Choice> choices) {
    int cells = 0;
    for (Choice c : choices) {
      cells = Math.max(cells, c.cells().size());
    }
    widths = new int[cells];
    for (Choice c : choices) {
      for (int i = 0; i < c.cells().size(); i++) {
        widths[i] = Math.min(WIDEST_CELL, Math.max(widths[i], DisplayWidth.of(c.cells().get(i))));
      }
    }
  }

  /** A choice's cells two spaces apart, each but the last padded to its column's width. */
  String line(Choice choice) {
    StringBuilder sb = new StringBuilder();
    List<String> cells = choice.cells();
    for (int i = 0; i < cells.size(); i++) {
      String cell = DisplayWidth.truncate(cells.get(i), widths[i], ELLIPSIS);
      sb.append(i == cells.size() - 1 ? cell : DisplayWidth.padRight(cell, widths[i]) + "  ");
    }
    return sb.toString();
  }

  /** Text cut to fit a terminal this many columns wide, its last column left free. */
  static String fit(String text, int columns) {
    return DisplayWidth.truncate(text, Math.max(1, columns - 1), ELLIPSIS);
  }
}
