package ai.pyromind.pyro.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A resource as {@code key: value} lines for a person, nested objects indented. */
final class DetailWriter {
  private final Output out;
  private final List<String> masked;
  private final Instant now;

  DetailWriter(Output out, List<String> masked, Instant now) {
    this.out = out;
    this.masked = masked;
    this.now = now;
  }

  void write(JsonNode item) {
    writeObject(item, "", "");
    out.data().flush();
  }

  private void writeObject(JsonNode object, String indent, String path) {
    int keyWidth = 0;
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      keyWidth = Math.max(keyWidth, DisplayWidth.of(Sanitizer.line(names.next())));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = Sanitizer.line(field.getKey());
      String label = indent + DisplayWidth.padRight(key + ":", keyWidth + 2);
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      writeValue(label, indent, fieldPath, field.getValue());
    }
  }

  private void writeValue(String label, String indent, String path, JsonNode value) {
    if (masked.contains(path) && !value.isNull()) {
      out.data().println(label + "***");
    } else if (value.isObject()) {
      out.data().println(label.stripTrailing());
      writeObject(value, indent + "  ", path);
    } else if (value.isArray()) {
      writeArray(label, indent, path, value);
    } else if (value.isTextual() && value.asText().contains("\n")) {
      out.data().println(label.stripTrailing());
      for (String line : value.asText().split("\n", -1)) {
        out.data().println(indent + "  " + Sanitizer.line(line));
      }
    } else {
      out.data().println(label + scalar(value));
    }
  }

  private void writeArray(String label, String indent, String path, JsonNode array) {
    boolean scalars = true;
    for (JsonNode element : array) {
      scalars &= element.isValueNode();
    }
    if (array.isEmpty()) {
      out.data().println(label + "[]");
    } else if (scalars && array.size() <= 8 && array.toString().length() < 80) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode element : array) {
        sb.append(sb.length() == 0 ? "" : ", ").append(scalar(element));
      }
      out.data().println(label + sb);
    } else {
      out.data().println(label.stripTrailing());
      for (JsonNode element : array) {
        if (element.isObject()) {
          out.data().println(indent + "  -");
          writeObject(element, indent + "    ", path);
        } else {
          out.data().println(indent + "  " + scalar(element));
        }
      }
    }
  }

  private String scalar(JsonNode value) {
    if (value.isNull()) {
      return "-";
    }
    String text = Sanitizer.line(Column.text(value));
    Instant t = value.isTextual() && text.length() >= 20 ? Times.parse(text) : null;
    return t == null ? text : text + " (" + Times.relative(t, now) + ")";
  }
}
