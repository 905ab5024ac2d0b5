package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compares the fields a file sets with the server's view of the resource. Only what the file sets
 * counts; server-side fields and defaults do not. Times compare as instants, durations as lengths,
 * numbers as numbers. The list endpoints show few fields: for one they lack, the resource's detail
 * is fetched once; a field the server never shows (a password, a relative {@code +7d} expiry) is
 * not compared.
 */
final class Differ {
  private final JsonNode summary;
  private final Supplier<JsonNode> detailSource;
  private JsonNode detail;
  private final List<Step.Change> changes = new ArrayList<>();

  private Differ(JsonNode summary, Supplier<JsonNode> detailSource) {
    this.summary = summary;
    this.detailSource = detailSource;
  }

  static List<Step.Change> changes(Resource resource, JsonNode summary, Supplier<JsonNode> detail) {
    Differ differ = new Differ(summary, detail);
    differ.object(resource.body(), resource.kind().body, "", false);
    return differ.changes;
  }

  private void object(JsonNode wanted, Field spec, String pointer, boolean editable) {
    for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String child = pointer + "/" + escape(entry.getKey());
      Field field = spec == null ? null : spec.child(entry.getKey());
      boolean childEditable = field == null ? editable : field.editable();
      JsonNode value = entry.getValue();
      if (field != null && field.name().equals("password")) {
        continue;
      }
      if (value.isObject() && (field == null || field.type() != Field.Type.TIME)) {
        object(value, field, child, childEditable);
      } else {
        leaf(value, field == null ? Field.Type.TEXT : field.type(), child, childEditable);
      }
    }
  }

  private void leaf(JsonNode wanted, Field.Type type, String pointer, boolean editable) {
    if (type == Field.Type.TIME && wanted.asText().trim().startsWith("+")) {
      return;
    }
    JsonNode actual = summary.at(pointer);
    if (actual.isMissingNode()) {
      actual = detail().at(pointer);
    }
    if (!actual.isMissingNode() && !same(wanted, actual, type)) {
      changes.add(new Step.Change(pointer, actual, wanted, editable));
    }
  }

  /** A key as a JSON pointer writes it: {@code lr/decay} as {@code lr~1decay}. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private JsonNode detail() {
    if (detail == null) {
      detail = detailSource.get();
    }
    return detail;
  }

  static boolean same(JsonNode wanted, JsonNode actual, Field.Type type) {
    if (type == Field.Type.TIME && wanted.isTextual() && actual.isTextual()) {
      try {
        return Instant.parse(wanted.asText()).equals(Parsers.time(actual.asText(), Instant.EPOCH));
      } catch (DateTimeParseException | UsageException e) {
        return wanted.asText().equals(actual.asText());
      }
    }
    if (type == Field.Type.DURATION && actual.isTextual()) {
      try {
        return Duration.parse(wanted.asText()).equals(Parsers.duration(actual.asText()));
      } catch (DateTimeParseException | UsageException e) {
        return wanted.asText().equals(actual.asText());
      }
    }
    if (wanted.isNumber() && actual.isNumber()) {
      return wanted.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (wanted.isArray() && actual.isArray() && wanted.size() == actual.size()) {
      for (int i = 0; i < wanted.size(); i++) {
        if (!same(wanted.get(i), actual.get(i), Field.Type.TEXT)) {
          return false;
        }
      }
      return true;
    }
    if (wanted.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!same(e.getValue(), actual.path(e.getKey()), Field.Type.TEXT)) {
          return false;
        }
      }
      return true;
    }
    return wanted.equals(actual);
  }
}
