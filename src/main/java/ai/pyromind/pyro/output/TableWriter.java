package ai.pyromind.pyro.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows as a table. On a terminal: aligned, coloured status, relative times, truncated to the
 * width. Piped: tab-separated, full values, ISO-8601 times, no colour (gh's rule) unless --color
 * always asks for it.
 */
final class TableWriter {
  private static final String ELLIPSIS = "…";
  private static final int MIN_TEXT_WIDTH = 6;
  private final Output out;
  private final List<Column> columns;
  private final boolean headers;
  private final Instant now;
  private int[] widths;
  private boolean headerDone;

  TableWriter(Output out, List<Column> columns, boolean headers, Instant now) {
    this.out = out;
    this.columns = columns;
    this.headers = headers;
    this.now = now;
  }

  /** Writes a batch of rows; the header goes before the first batch. */
  void write(List<JsonNode> items) {
    List<String[]> rows = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      rows.add(cells(item));
    }
    if (out.terminal()) {
      writeAligned(rows);
    } else {
      writeSeparated(rows);
    }
    out.data().flush();
  }

  private String[] cells(JsonNode item) {
    String[] cells = new String[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      Column c = columns.get(i);
      String raw = Sanitizer.line(c.value().apply(item));
      cells[i] = out.terminal() ? forTerminal(c, raw) : raw;
    }
    return cells;
  }

  private String forTerminal(Column c, String raw) {
    if (raw.isEmpty()) {
      return c.kind() == Column.Kind.TEXT || c.kind() == Column.Kind.STATUS ? "" : "-";
    }
    Instant t;
    return switch (c.kind()) {
      case AGE -> (t = Times.parse(raw)) == null ? raw : Times.age(t, now);
      case RELATIVE -> (t = Times.parse(raw)) == null ? raw : Times.relative(t, now);
      default -> raw;
    };
  }

  private void writeSeparated(List<String[]> rows) {
    if (headers && !headerDone) {
      List<String> names = new ArrayList<>();
      columns.forEach(c -> names.add(c.pipedHeader()));
      out.data().println(String.join("\t", names));
      headerDone = true;
    }
    for (String[] row : rows) {
      String[] cells = row;
      if (out.color()) {
        // only --color always colours a piped table: the status, as on a terminal
        cells = row.clone();
        for (int i = 0; i < cells.length; i++) {
          if (columns.get(i).kind() == Column.Kind.STATUS) {
            cells[i] = Styles.status(cells[i], true);
          }
        }
      }
      out.data().println(String.join("\t", cells));
    }
  }

  private void writeAligned(List<String[]> rows) {
    if (widths == null) {
      widths = new int[columns.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = headers ? DisplayWidth.of(columns.get(i).header()) : 0;
      }
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
        }
      }
      fitToWidth();
    }
    if (headers && !headerDone) {
      String[] names = new String[columns.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = columns.get(i).header();
      }
      out.data().println(line(names, false));
      headerDone = true;
    }
    for (String[] row : rows) {
      out.data().println(line(row, true));
    }
  }

  /** Narrows the widest text columns (never the first, the id) until the table fits. */
  private void fitToWidth() {
    int total = totalWidth();
    while (total > out.width()) {
      int widest = -1;
      for (int i = 1; i < widths.length; i++) {
        if (columns.get(i).kind() == Column.Kind.TEXT
            && widths[i] > MIN_TEXT_WIDTH
            && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
      total--;
    }
  }

  private int totalWidth() {
    int total = 2 * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    return total;
  }

  private String line(String[] cells, boolean styled) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      Column c = columns.get(i);
      String cell = DisplayWidth.truncate(cells[i], widths[i], ELLIPSIS);
      int pad = widths[i] - DisplayWidth.of(cell);
      boolean last = i == cells.length - 1;
      if (c.kind() == Column.Kind.NUMBER) {
        sb.append(" ".repeat(pad)).append(cell);
      } else {
        sb.append(
            styled && c.kind() == Column.Kind.STATUS ? Styles.status(cell, out.color()) : cell);
        if (!last) {
          sb.append(" ".repeat(pad));
        }
      }
      if (!last) {
        sb.append("  ");
      }
    }
    return sb.toString().stripTrailing();
  }
}
