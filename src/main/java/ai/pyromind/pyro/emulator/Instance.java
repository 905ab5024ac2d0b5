package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One emulated instance: pending, running, paused and resumed with checkpoints. */
final class Instance {
  final String id;
  String name;
  final String resourceType;
  final ObjectNode requested;
  ObjectNode resources;
  final String image;
  final Instant created;
  Instant expires;
  String password;
  final ObjectNode mount;
  String status = "pending";
  Instant runningAt;
  int checkpoints;
  int generation;
  final List<String> log = new ArrayList<>();

  Instance(
      String id,
      ObjectNode body,
      Instant created,
      Instant expires,
      Instant runningAt,
      String password) {
    this.id = id;
    this.name = body.path("name").asText();
    this.resourceType = body.path("resource_type").asText();
    this.requested = body.get(Fields.RESOURCE_CONFIG).deepCopy();
    if (!requested.has("gpu")) {
      requested.put("gpu", 0);
    }
    this.resources = requested.deepCopy();
    this.image = body.path("image").asText("pyromind-instance:latest");
    this.created = created;
    this.expires = expires;
    this.runningAt = runningAt;
    this.password = password;
    this.mount =
        body.path("workspace_mount").isObject() ? body.get("workspace_mount").deepCopy() : null;
    if (mount != null) {
      mount.put("status", "bound");
    }
  }

  void advance(Instant now) {
    if (status.equals("pending") && !now.isBefore(runningAt)) {
      status = "running";
      log.add(Iso.of(runningAt) + " - Instance started successfully");
    }
  }

  boolean expired(Instant now) {
    return !now.isBefore(expires);
  }

  String accessUrl(String base) {
    return base + "/instances/" + id + (generation > 0 ? "?session=" + generation : "");
  }

  ObjectNode summary() {
    ObjectNode s = Json.object();
    s.put("instance_id", id);
    s.put("name", name);
    s.put("status", status);
    s.put("resource_type", resourceType);
    s.set(Fields.RESOURCE_CONFIG, resources.deepCopy());
    s.put("create_time", Iso.of(created));
    s.put("expire_time", Iso.of(expires));
    return s;
  }

  ObjectNode detail(String base) {
    ObjectNode d = summary();
    d.put("image", image);
    d.put("access_url", accessUrl(base));
    if (mount != null) {
      d.set("workspace_mount", mount.deepCopy());
    }
    ObjectNode usage = d.putObject("resource_usage");
    boolean running = status.equals("running");
    usage.put(
        "cpu_used", running ? Math.round(resources.path("cpu").asDouble() * 5.1) / 10.0 : 0.0);
    usage.put(
        "memory_used",
        running ? Math.round(resources.path("memory").asDouble() * 5.08) / 10.0 : 0.0);
    usage.put(
        "gpu_used", running ? Math.round(resources.path("gpu").asDouble() * 5.25) / 10.0 : 0.0);
    d.put("logs", String.join("\n", log));
    return d;
  }
}
