package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One emulated sandbox: pending until it has started, then running until stopped. */
final class Sandbox {
  final String id;
  final String name;
  final String type;
  final ObjectNode resources;
  final ObjectNode resolution;
  final Instant created;
  final Instant expires;
  String status = "pending";
  Instant runningAt;
  String vncPassword;
  Instant vncRefreshed;

  Sandbox(
      String id,
      ObjectNode body,
      Instant created,
      Instant expires,
      Instant runningAt,
      String vncPassword) {
    this.id = id;
    this.name = body.path("name").asText();
    this.type = body.path("sandbox_type").asText();
    this.resources = body.get(Fields.RESOURCE_CONFIG).deepCopy();
    if (!resources.has("gpu")) {
      resources.put("gpu", 0);
    }
    this.resolution =
        body.path("screen_resolution").isObject()
            ? body.get("screen_resolution").deepCopy()
            : defaultResolution();
    this.created = created;
    this.expires = expires;
    this.runningAt = runningAt;
    this.vncPassword = vncPassword;
    this.vncRefreshed = created;
  }

  private static ObjectNode defaultResolution() {
    ObjectNode r = Json.object();
    r.put("width", 1920);
    r.put("height", 1080);
    return r;
  }

  void advance(Instant now) {
    if (status.equals("pending") && runningAt != null && !now.isBefore(runningAt)) {
      status = FailingNames.erroring(name) ? "error" : "running";
    }
  }

  boolean expired(Instant now) {
    return !now.isBefore(expires);
  }

  ObjectNode summary() {
    ObjectNode s = Json.object();
    s.put("sandbox_id", id);
    s.put("name", name);
    s.put("status", status);
    s.put("sandbox_type", type);
    s.put("create_time", Iso.of(created));
    s.put("expire_time", Iso.of(expires));
    s.set(Fields.RESOURCE_CONFIG, resources.deepCopy());
    return s;
  }

  ObjectNode detail() {
    ObjectNode d = summary();
    d.set("screen_resolution", resolution.deepCopy());
    if (status.equals("running")) {
      ObjectNode vnc = d.putObject("vnc_info");
      vnc.put("host", "127.0.0.1");
      vnc.put("port", 5901);
      vnc.put("password", vncPassword);
    }
    return d;
  }
}
