package ai.pyromind.pyro.cli.cmdutil;

import java.util.List;

/**
 * One line of a picker: the id it stands for and the cells shown in its columns (already
 * neutralised); the picker lines the columns up.
 */
public record Choice(String id, List<String> cells) {
  public Choice {
    cells = List.copyOf(cells);
  }

  /** The cells as one text, which typing filters on. */
  public String label() {
    return String.join(" ", cells);
  }
}
