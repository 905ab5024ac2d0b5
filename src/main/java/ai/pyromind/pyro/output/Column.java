package ai.pyromind.pyro.output;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * One column of a resource's table: its header on a terminal and in piped output, how to get the
 * cell from an item, how to show it, and whether only {@code -o wide} shows it.
 */
public record Column(
    String header, String pipedHeader, Function<JsonNode, String> value, Kind kind, boolean wide) {

  /** How a cell is shown. */
  public enum Kind {
    TEXT,
    NUMBER,
    STATUS,
    /** An instant shown as an age on a terminal, as ISO-8601 when piped. */
    AGE,
    /** An instant shown relative to now on a terminal, as ISO-8601 when piped. */
    RELATIVE
  }

  public static Column text(String header, String pointer) {
    return new Column(header, header, at(pointer), Kind.TEXT, false);
  }

  public static Column number(String header, String pointer) {
    return new Column(header, header, at(pointer), Kind.NUMBER, false);
  }

  public static Column status(String pointer) {
    return new Column("STATUS", "STATUS", at(pointer), Kind.STATUS, false);
  }

  /** {@code AGE} on a terminal, {@code CREATED} (ISO) piped. */
  public static Column age(String pointer) {
    return new Column("AGE", "CREATED", at(pointer), Kind.AGE, false);
  }

  public static Column relative(String header, String pointer) {
    return new Column(header, header, at(pointer), Kind.RELATIVE, false);
  }

  public static Column computed(String header, Kind kind, Function<JsonNode, String> value) {
    return new Column(header, header, value, kind, false);
  }

  /** The same column, shown only by {@code -o wide}. */
  public Column wideOnly() {
    return new Column(header, pipedHeader, value, kind, true);
  }

  /**
   * Reads a value by JSON pointer ({@code /resource_config/cpu}, or a bare field name); absent or
   * null is empty, containers are compact JSON.
   */
  public static Function<JsonNode, String> at(String pointer) {
    String path = pointer.startsWith("/") ? pointer : "/" + pointer;
    return item -> text(item.at(path));
  }

  /**
   * A node as display text: empty for absent, numbers as the server wrote them (else plain
   * decimals), JSON for containers.
   */
  public static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (Json.keepsText(node)) {
      return Json.numberText(node);
    }
    if (node.isFloatingPointNumber() && Double.isFinite(node.doubleValue())) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    return node.isContainerNode() ? Json.compact(node) : node.asText();
  }
}
