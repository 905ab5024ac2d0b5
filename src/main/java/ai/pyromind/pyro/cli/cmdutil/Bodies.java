package ai.pyromind.pyro.cli.cmdutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Helpers for building nested request bodies from flags over an optional {@code -f} document. */
public final class Bodies {
  private Bodies() {}

  /** The object at {@code body.field}, created when absent. */
  public static ObjectNode child(ObjectNode body, String field) {
    JsonNode existing = body.get(field);
    if (existing instanceof ObjectNode object) {
      return object;
    }
    return body.putObject(field);
  }

  /** Sets {@code target.field} when the value is given. */
  public static void put(ObjectNode target, String field, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Integer i) {
      target.put(field, i);
    } else if (value instanceof Long l) {
      target.put(field, l);
    } else if (value instanceof Double d) {
      target.put(field, d);
    } else if (value instanceof JsonNode node) {
      target.set(field, node);
    } else {
      target.put(field, value.toString());
    }
  }

  /** A text field that must be present and non-blank. */
  public static void requireText(JsonNode body, String pointer, String what) {
    JsonNode value = body.at(pointer);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new UsageException(what + " is required");
    }
  }

  /** An enum field that must be present and one of the allowed values. */
  public static void requireOneOf(JsonNode body, String pointer, String option, String... allowed) {
    requireText(body, pointer, option);
    Validate.oneOf(option, body.at(pointer).asText(), allowed);
  }

  /** {@code priority}: an integer 1-10, when present. */
  public static void checkPriority(JsonNode body) {
    JsonNode priority = body.path("priority");
    if (!priority.isMissingNode()
        && !priority.isNull()
        && (!priority.isIntegralNumber() || priority.asInt() < 1 || priority.asInt() > 10)) {
      throw new UsageException("--priority must be an integer from 1 to 10 (got " + priority + ")");
    }
  }
}
