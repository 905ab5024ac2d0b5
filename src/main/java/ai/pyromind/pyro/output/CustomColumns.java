package ai.pyromind.pyro.output;

import java.util.ArrayList;
import java.util.List;

/**
 * kubectl's {@code -o custom-columns=NAME:.name,GPU:.resource_config.gpu} and {@code -o
 * custom-columns-file=FILE} (a line of headers over a line of paths, split on white space).
 */
public final class CustomColumns {
  public static final String INLINE = "custom-columns=";
  public static final String FILE = "custom-columns-file=";

  private CustomColumns() {}

  /** Whether an {@code -o} value asks for custom columns. */
  public static boolean isSpec(String output) {
    return output != null && (output.startsWith(INLINE) || output.startsWith(FILE));
  }

  /** The columns of {@code HEADER:PATH[,HEADER:PATH...]}; IllegalArgumentException if malformed. */
  public static List<Column> parse(String spec) {
    List<Column> columns = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      int colon = part.indexOf(':');
      if (colon <= 0 || colon == part.length() - 1) {
        throw new IllegalArgumentException(
            "invalid custom-columns '" + spec + "' (expected HEADER:.path[,HEADER:.path...])");
      }
      columns.add(column(part.substring(0, colon).trim(), part.substring(colon + 1)));
    }
    return columns;
  }

  /** The columns of a custom-columns file's text: headers on the first line, paths on the next. */
  public static List<Column> parseFile(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() != 2) {
      throw new IllegalArgumentException(
          "a custom-columns file has two lines: the headers, then their paths");
    }
    String[] headers = lines.get(0).trim().split("\\s+");
    String[] paths = lines.get(1).trim().split("\\s+");
    if (headers.length != paths.length) {
      throw new IllegalArgumentException(
          "a custom-columns file has as many paths as headers ("
              + headers.length
              + " headers, "
              + paths.length
              + " paths)");
    }
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      columns.add(column(headers[i], paths[i]));
    }
    return columns;
  }

  private static Column column(String header, String path) {
    DottedPath at = DottedPath.parse(path);
    return Column.computed(header, Column.Kind.TEXT, item -> Column.text(at.in(item)));
  }
}
