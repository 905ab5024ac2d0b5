package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The emulator's own endpoints, under a prefix the API does not use and behind the same token:
 * {@code /_emulator/faults} (GET lists them in {@code data.faults}, as the API's lists go, POST
 * adds, DELETE clears) and {@code /_emulator/capacity}.
 */
final class Control {
  static final String PREFIX = "/_emulator/";
  final Faults faults = new Faults();
  private final Routes.Engine engine;

  Control(Routes.Engine engine) {
    this.engine = engine;
  }

  Reply handle(String method, String path, JsonNode body) {
    String what = path.substring(PREFIX.length()).replaceAll("/+$", "");
    if (what.equals("faults")) {
      switch (method) {
        case "GET":
          ObjectNode listed = Json.object();
          listed.set("faults", faults.list());
          return Reply.ok("faults listed", listed);
        case "POST":
          return Reply.created("fault added", faults.add(body == null ? Json.object() : body));
        case "DELETE":
          ObjectNode cleared = Json.object();
          cleared.put("cleared", faults.clear());
          return Reply.ok("faults cleared", cleared);
        default:
          break;
      }
    }
    if (what.equals("capacity") && method.equals("GET")) {
      return engine.read(w -> Reply.ok("capacity", w.capacity.report()));
    }
    throw EmulatorError.notFound("no such endpoint: " + method + " " + path);
  }
}
