package ai.pyromind.pyro.cli.cmdutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Helpers for building nested request bodies from flags over an optional {@code -f} document; the
 * checks of the result are in {@link Validate}.
 */
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
}
