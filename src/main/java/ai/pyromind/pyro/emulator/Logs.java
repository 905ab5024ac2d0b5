package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** The last N log lines, as the API returns them. */
final class Logs {
  private Logs() {}

  static ArrayNode tail(List<String> lines, int n) {
    ArrayNode tail = Json.array();
    for (int i = Math.max(0, lines.size() - n); i < lines.size(); i++) {
      tail.add(lines.get(i));
    }
    return tail;
  }
}
