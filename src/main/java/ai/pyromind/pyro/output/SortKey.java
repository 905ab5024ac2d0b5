package ai.pyromind.pyro.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;

/**
 * Orders items by the value at a {@link DottedPath}: numbers as numbers, ISO times as times, other
 * values as text; items without the value go last.
 */
public final class SortKey {
  private SortKey() {}

  public static Comparator<JsonNode> by(DottedPath path) {
    return Comparator.comparing(item -> path.in(item), SortKey::compare);
  }

  private static int compare(JsonNode a, JsonNode b) {
    int rank = Integer.compare(rank(a), rank(b));
    if (rank != 0) {
      return rank;
    }
    return switch (rank(a)) {
      case 0 -> number(a, b);
      case 1 -> time(a).compareTo(time(b));
      case 2 -> Column.text(a).compareTo(Column.text(b));
      default -> 0;
    };
  }

  /** 0 number, 1 time, 2 other text, 3 absent. */
  private static int rank(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return 3;
    }
    if (node.isNumber()) {
      return 0;
    }
    return node.isTextual() && time(node) != null ? 1 : 2;
  }

  private static int number(JsonNode a, JsonNode b) {
    boolean finite = Double.isFinite(a.doubleValue()) && Double.isFinite(b.doubleValue());
    return finite
        ? a.decimalValue().compareTo(b.decimalValue())
        : Double.compare(a.doubleValue(), b.doubleValue());
  }

  private static Instant time(JsonNode node) {
    return Times.parse(node.asText());
  }
}
