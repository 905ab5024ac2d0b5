package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** The sandbox endpoints' state and rules. */
final class SandboxService {
  static final String[] ACTIONS = {
    "start", "stop", "restart", "reboot", "install_package", "run_script"
  };
  private final Map<String, Sandbox> sandboxes = new LinkedHashMap<>();
  private final Map<String, String> idsByName = new HashMap<>();
  private final PriorityQueue<Due> starting = new PriorityQueue<>(Comparator.comparing(Due::at));
  private final PriorityQueue<Due> expiring = new PriorityQueue<>(Comparator.comparing(Due::at));

  /** A sandbox with something due at a fixed time (the queues' keys never change). */
  private record Due(Instant at, Sandbox sandbox) {}

  private final Timing timing;
  private final Capacity capacity;
  private long nextId = 100_000_001L;

  SandboxService(Timing timing, Capacity capacity) {
    this.timing = timing;
    this.capacity = capacity;
  }

  /** What pending, running and erroring sandboxes hold; a stopped one holds nothing. */
  Resources held() {
    Resources sum = Resources.NONE;
    for (Sandbox s : sandboxes.values()) {
      if (!s.status.equals("stopped")) {
        sum = sum.plus(Resources.of(s.resources));
      }
    }
    return sum;
  }

  String newId() {
    return ResourceKind.SANDBOX.id(nextId);
  }

  /** Starts and expires what is due; queues keep this cheap however many sandboxes there are. */
  void advance(Instant now) {
    while (!expiring.isEmpty() && !now.isBefore(expiring.peek().at())) {
      remove(expiring.poll().sandbox());
    }
    while (!starting.isEmpty() && !now.isBefore(starting.peek().at())) {
      starting.poll().sandbox().advance(now);
    }
  }

  private void remove(Sandbox s) {
    if (sandboxes.remove(s.id, s)) {
      idsByName.remove(s.name, s.id);
    }
  }

  ObjectNode list(Request request) {
    String status =
        Checks.oneOf(request.param(Fields.STATUS), Fields.STATUS, ResourceKind.SANDBOX.statuses());
    String type = request.param("sandbox_type");
    List<Sandbox> matching = new ArrayList<>();
    for (Sandbox s : sandboxes.values()) {
      if ((status == null || status.equals(s.status)) && (type == null || type.equals(s.type))) {
        matching.add(s);
      }
    }
    return Paging.page(request, matching, ResourceKind.SANDBOX.listField(), Sandbox::summary);
  }

  ObjectNode get(String id) {
    return find(id, "sandbox not found (check sandbox_id or expired)").detail();
  }

  /** Checks a create request; returns nothing, throws a 400 or 409. */
  void checkCreate(ObjectNode body, Instant now) {
    Checks.sandboxName(Checks.requiredText(body, "name", "name"));
    Checks.requiredText(body, "sandbox_type", "sandbox_type");
    Checks.resources(body.get(Fields.RESOURCE_CONFIG), false, true);
    JsonNode resolution = body.path("screen_resolution");
    if (!resolution.isMissingNode()
        && !resolution.isNull()
        && (resolution.path("width").asInt(0) < 1 || resolution.path("height").asInt(0) < 1)) {
      throw EmulatorError.badRequest(
          "screen_resolution width and height must be positive integers");
    }
    Checks.futureTime(body, now, Duration.ofDays(7));
    if (idsByName.containsKey(body.path("name").asText())) {
      throw EmulatorError.conflict("sandbox name already exists in your namespace");
    }
  }

  Reply create(ObjectNode m, Instant at) {
    ObjectNode body = (ObjectNode) m.get("body");
    checkCreate(body, at);
    capacity.claim(
        Resources.of(body.get(Fields.RESOURCE_CONFIG)),
        Resources.NONE,
        "failed to create sandbox due to resource shortage");
    String id = m.path("id").asText();
    nextId = Math.max(nextId, ResourceKind.SANDBOX.idNumber(id) + 1);
    Instant expires = Checks.futureTime(body, at, Duration.ofDays(7));
    Sandbox s =
        new Sandbox(
            id, body, at, expires, at.plus(timing.startup()), m.path("vnc_password").asText());
    sandboxes.put(id, s);
    idsByName.put(s.name, id);
    starting.add(new Due(s.runningAt, s));
    expiring.add(new Due(s.expires, s));
    return Reply.created("sandbox created successfully", s.summary());
  }

  Reply delete(ObjectNode m, Instant at) {
    Sandbox s = find(m.path("id").asText(), "sandbox not found");
    boolean force = m.path("force").asBoolean();
    if (s.status.equals("running") && !force) {
      throw EmulatorError.conflict("sandbox has running tasks, use force=true to delete");
    }
    remove(s);
    ObjectNode data = Json.object();
    data.put("sandbox_id", s.id);
    data.put("delete_time", Iso.of(at));
    data.put("force", force);
    return Reply.ok("sandbox deleted successfully", data);
  }

  static void checkAction(JsonNode body) {
    String action = body.path("action").asText(null);
    if (action == null || !Set.of(ACTIONS).contains(action)) {
      throw EmulatorError.badRequest(
          "invalid action type (allowed: start/stop/restart/reboot/install_package/run_script)");
    }
    JsonNode timeout = body.path("timeout");
    if (!timeout.isMissingNode() && (!timeout.isIntegralNumber() || timeout.asInt() < 1)) {
      throw EmulatorError.badRequest("timeout must be a positive integer");
    }
    JsonNode params = body.path("params");
    if (action.equals("install_package") && !params.path("name").isTextual()) {
      throw EmulatorError.badRequest("params.name is required for install_package");
    }
    if (action.equals("run_script") && !params.path("path").isTextual()) {
      throw EmulatorError.badRequest("params.path is required for run_script");
    }
  }

  Reply action(ObjectNode m, Instant at) {
    Sandbox s = find(m.path("id").asText(), "sandbox not found");
    JsonNode body = m.get("body");
    checkAction(body);
    String action = body.path("action").asText();
    String failure = perform(s, action, body.path("params"), at);
    if (failure != null) {
      throw new EmulatorError(500, "failed to execute action: " + failure);
    }
    ObjectNode data = Json.object();
    data.put("sandbox_id", s.id);
    data.put("action", action);
    data.put("status", "completed");
    data.put("execute_time", Iso.of(at));
    data.put("timeout", body.path("timeout").asInt(30));
    return Reply.ok("sandbox action executed successfully", data);
  }

  /** Carries out one action; returns why it failed, or null. */
  private String perform(Sandbox s, String action, JsonNode params, Instant at) {
    if (s.status.equals("error")) {
      return "sandbox unresponsive";
    }
    boolean starts = action.equals("start") || action.equals("restart") || action.equals("reboot");
    if (starts && s.status.equals("stopped") && !fits(s)) {
      return "resource shortage";
    }
    switch (action) {
      case "stop" -> s.status = "stopped";
      case "start", "restart", "reboot" -> {
        s.status = "running";
        s.runningAt = at;
      }
      case "run_script" -> {
        if (!s.status.equals("running")) {
          return "sandbox unresponsive";
        }
        if (!params.path("path").asText("").startsWith("/")) {
          return "script file not found";
        }
      }
      default -> {
        if (!s.status.equals("running")) {
          return "sandbox unresponsive";
        }
      }
    }
    return null;
  }

  static void checkBatch(JsonNode body) {
    JsonNode actions = body.path("actions");
    if (!actions.isArray() || actions.isEmpty()) {
      throw EmulatorError.badRequest("invalid actions format: actions must be a non-empty array");
    }
    for (JsonNode action : actions) {
      if (!action.isObject() || !action.path("action").isTextual()) {
        throw EmulatorError.badRequest(
            "invalid actions format: each action must have 'action' field");
      }
    }
  }

  Reply batch(ObjectNode m, Instant at) {
    Sandbox s = find(m.path("id").asText(), "sandbox not found");
    JsonNode body = m.get("body");
    checkBatch(body);
    ArrayNode results = Json.array();
    int failed = 0;
    for (JsonNode action : body.path("actions")) {
      String name = action.path("action").asText();
      String failure =
          Set.of(ACTIONS).contains(name)
              ? perform(s, name, action.path("params"), at)
              : "invalid action type";
      ObjectNode result = results.addObject();
      result.put("action", name);
      result.put("status", failure == null ? "success" : "failed");
      result.put("message", failure == null ? success(name) : failure);
      failed += failure == null ? 0 : 1;
    }
    ObjectNode data = Json.object();
    data.put("sandbox_id", s.id);
    data.put("total_actions", results.size());
    data.put("success_count", results.size() - failed);
    data.put("failed_count", failed);
    data.put("parallel", body.path("parallel").asBoolean(false));
    data.set("results", results);
    if (failed > 0) {
      return new Reply(500, "some batch actions failed", data);
    }
    return Reply.ok("batch actions executed successfully", data);
  }

  /** Whether a stopped sandbox may start again: it takes its resources back. */
  private boolean fits(Sandbox s) {
    try {
      capacity.claim(Resources.of(s.resources), Resources.NONE, "resource shortage");
      return true;
    } catch (EmulatorError e) {
      return false;
    }
  }

  private static String success(String action) {
    return switch (action) {
      case "install_package" -> "package installed";
      case "run_script" -> "script executed successfully";
      default -> action + " completed";
    };
  }

  /** VNC details; only while running. A refresh is journaled by the caller. */
  ObjectNode vnc(String id) {
    Sandbox s = sandboxes.get(id);
    if (s != null && s.status.equals("error")) {
      throw new EmulatorError(500, "failed to retrieve vnc info");
    }
    if (s == null || !s.status.equals("running")) {
      throw EmulatorError.notFound("sandbox not found or vnc not enabled");
    }
    ObjectNode data = Json.object();
    data.put("sandbox_id", s.id);
    data.put("vnc_host", "127.0.0.1");
    data.put("vnc_port", 5901);
    data.put("vnc_password", s.vncPassword);
    data.put("expire_time", Iso.of(s.vncRefreshed.plus(Duration.ofDays(1))));
    data.put("refresh_time", Iso.of(s.vncRefreshed));
    return data;
  }

  Reply refreshVnc(ObjectNode m, Instant at) {
    String id = m.path("id").asText();
    vnc(id);
    Sandbox s = sandboxes.get(id);
    s.vncPassword = m.path("vnc_password").asText();
    s.vncRefreshed = at;
    return Reply.ok("vnc connection info retrieved successfully", vnc(id));
  }

  private Sandbox find(String id, String message) {
    Sandbox s = sandboxes.get(id);
    if (s == null) {
      throw EmulatorError.notFound(message);
    }
    return s;
  }
}
