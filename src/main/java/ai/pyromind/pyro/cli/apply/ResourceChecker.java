package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks one document against its kind's fields and writes the conveniences {@code create -f} knows
 * in the API's form: {@code 48h} durations, {@code 2560x1440} resolutions, ISO instants (a relative
 * {@code +7d} expiry stays as written and is resolved when the resource is created).
 */
final class ResourceChecker {
  private final LocatedReader.Document document;
  private final String where;

  private ResourceChecker(LocatedReader.Document document, String where) {
    this.document = document;
    this.where = where;
  }

  static Resource check(LocatedReader.Document document, String where) {
    return new ResourceChecker(document, where).check();
  }

  private Resource check() {
    if (!(document.tree() instanceof ObjectNode tree)) {
      throw error("", "must be a mapping with kind: " + Kind.words());
    }
    ObjectNode body = tree.deepCopy();
    JsonNode kindNode = body.remove("kind");
    if (kindNode == null || !kindNode.isTextual()) {
      throw error("", "kind is required (" + Kind.words() + ")");
    }
    Kind kind = Kind.of(kindNode.asText());
    if (kind == null) {
      throw error(
          "/kind", "unknown kind '" + kindNode.asText() + "' (allowed: " + Kind.words() + ")");
    }
    object(body, kind.body, "");
    try {
      Validate.resources(body.get(Fields.RESOURCE_CONFIG), false);
      Validate.checkPriority(body);
      if (kind == Kind.SANDBOX) {
        Parsers.checkSandboxName(body.path("name").asText());
      }
    } catch (UsageException e) {
      throw new UsageException(where + ": " + e.getMessage());
    }
    return new Resource(kind, body.path("name").asText(), body, where);
  }

  private void object(ObjectNode node, Field spec, String pointer) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String child = pointer + "/" + entry.getKey();
      Field field = spec.child(entry.getKey());
      if (field == null) {
        String known = spec.children().stream().map(Field::name).collect(Collectors.joining(", "));
        throw error(child, "unknown field '" + dotted(child) + "' (known: " + known + ")");
      }
      JsonNode converted = value(entry.getValue(), field, child);
      if (converted != entry.getValue()) {
        entry.setValue(converted);
      }
    }
    for (Field field : spec.children()) {
      if (field.required() && (!node.has(field.name()) || node.get(field.name()).isNull())) {
        throw error(pointer, dotted(pointer + "/" + field.name()) + " is required");
      }
    }
  }

  private JsonNode value(JsonNode value, Field field, String pointer) {
    try {
      return switch (field.type()) {
        case TEXT -> text(value, field, pointer);
        case INTEGER -> {
          if (!value.isIntegralNumber()) {
            throw error(pointer, dotted(pointer) + " must be an integer" + got(value, pointer));
          }
          yield value;
        }
        case TIME -> {
          String text = text(value, field, pointer).asText();
          Instant at = Parsers.time(text, Instant.EPOCH);
          yield text.trim().startsWith("+") ? value : Json.NODES.textNode(at.toString());
        }
        case DURATION -> {
          String text = value.isIntegralNumber() ? value.asText() + "s" : value.asText();
          yield Json.NODES.textNode(Parsers.positiveDuration(text).toString());
        }
        case RESOLUTION -> {
          if (value.isTextual()) {
            yield Parsers.resolution(value.asText());
          }
          ObjectNode o = objectOf(value, pointer);
          object(o, Field.object(field.name(), sizes()), pointer);
          yield o;
        }
        case OBJECT -> {
          object(objectOf(value, pointer), field, pointer);
          yield value;
        }
        case MAP -> objectOf(value, pointer);
      };
    } catch (UsageException e) {
      if (e.getMessage().startsWith(where)) {
        throw e;
      }
      throw error(pointer, dotted(pointer) + ": " + e.getMessage());
    }
  }

  private JsonNode text(JsonNode value, Field field, String pointer) {
    if (!value.isTextual()) {
      throw error(pointer, dotted(pointer) + " must be text" + got(value, pointer));
    }
    if (!field.allowed().isEmpty() && !field.allowed().contains(value.asText())) {
      throw error(
          pointer,
          "invalid "
              + dotted(pointer)
              + " '"
              + value.asText()
              + "' (allowed: "
              + String.join(", ", field.allowed())
              + ")");
    }
    return value;
  }

  private ObjectNode objectOf(JsonNode value, String pointer) {
    if (!(value instanceof ObjectNode o)) {
      throw error(pointer, dotted(pointer) + " must be a mapping" + got(value, pointer));
    }
    return o;
  }

  private static Field[] sizes() {
    return new Field[] {
      Field.of("width", Field.Type.INTEGER).asRequired(),
      Field.of("height", Field.Type.INTEGER).asRequired()
    };
  }

  /** The value refused, for the message; never a password's. */
  private static String got(JsonNode value, String pointer) {
    return pointer.endsWith("/password") ? "" : " (got " + value + ")";
  }

  private UsageException error(String pointer, String message) {
    return new UsageException(where + ", line " + document.lineOf(pointer) + ": " + message);
  }

  static String dotted(String pointer) {
    return pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
  }
}
