package ai.pyromind.pyro.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;

/**
 * A field that piped table output prints after the row, since a tab-separated row cannot hold it:
 * an empty line, the title (unless {@code --no-headers}), then an object's fields as {@code
 * KEY<TAB>VALUE} lines or a log (an array of lines, or text) one line each.
 */
public record Section(String title, String field) {
  public static final Section METRICS = new Section("METRICS", "metrics");
  public static final Section LOGS = new Section("LOGS", "logs");

  void write(PrintWriter out, JsonNode item, boolean headers) {
    JsonNode value = item.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    out.println();
    if (headers) {
      out.println(title);
    }
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.println(Sanitizer.line(e.getKey()) + "\t" + Sanitizer.line(Column.text(e.getValue())));
      }
    } else if (value.isArray()) {
      value.forEach(line -> out.println(Sanitizer.line(Column.text(line))));
    } else if (!value.asText().isEmpty()) {
      for (String line : value.asText().split("\r?\n", -1)) {
        out.println(Sanitizer.line(line));
      }
    }
  }
}
