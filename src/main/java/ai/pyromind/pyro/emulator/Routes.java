package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** Maps each of the 25 endpoints to its handler: reads under the lock, mutations journaled. */
final class Routes {
  private final Engine engine;

  /** Runs reads and mutations against the world. */
  interface Engine {
    Reply read(Function<World, Reply> reader);

    /** Builds a mutation under the lock (with time and fresh ids), applies and journals it. */
    Reply mutate(Function<World, ObjectNode> builder);
  }

  Routes(Engine engine) {
    this.engine = engine;
  }

  Reply handle(Request r) {
    List<String> s = r.segments;
    String head = s.isEmpty() ? "" : s.get(0);
    return switch (head) {
      case "sandboxes" -> sandboxes(r, s);
      case "instances" -> instances(r, s);
      case "inference" -> inference(r, s);
      case "training" ->
          s.size() >= 2 && s.get(1).equals("jobs")
              ? training(r, s.subList(1, s.size()))
              : unknown(r);
      default -> unknown(r);
    };
  }

  private Reply sandboxes(Request r, List<String> s) {
    String m = r.method;
    if (s.size() == 1 && m.equals("GET")) {
      return engine.read(w -> Reply.ok("sandboxes listed successfully", w.sandboxes.list(r)));
    }
    if (s.size() == 1 && m.equals("POST")) {
      ObjectNode body = r.object();
      return engine.mutate(
          w ->
              op("sandbox.create")
                  .put("id", w.sandboxes.newId())
                  .put("vnc_password", Secrets.random(10))
                  .set("body", body));
    }
    String id = s.size() > 1 ? s.get(1) : null;
    if (s.size() == 2 && m.equals("GET")) {
      return engine.read(
          w -> Reply.ok("sandbox details retrieved successfully", w.sandboxes.get(id)));
    }
    if (s.size() == 2 && m.equals("DELETE")) {
      boolean force = r.flag("force", false);
      return engine.mutate(w -> op("sandbox.delete").put("id", id).put("force", force));
    }
    if (s.size() == 3 && s.get(2).equals("actions") && m.equals("POST")) {
      ObjectNode body = r.object();
      SandboxService.checkAction(body);
      return engine.mutate(w -> op("sandbox.action").put("id", id).set("body", body));
    }
    if (s.size() == 4
        && s.get(2).equals("actions")
        && s.get(3).equals("batch")
        && m.equals("POST")) {
      ObjectNode body = r.object();
      SandboxService.checkBatch(body);
      return engine.mutate(w -> op("sandbox.batch").put("id", id).set("body", body));
    }
    if (s.size() == 3 && s.get(2).equals("vnc") && m.equals("GET")) {
      if (r.flag("refresh", false)) {
        return engine.mutate(
            w -> op("sandbox.vnc_refresh").put("id", id).put("vnc_password", Secrets.random(10)));
      }
      return engine.read(
          w -> Reply.ok("vnc connection info retrieved successfully", w.sandboxes.vnc(id)));
    }
    return unknown(r);
  }

  private Reply instances(Request r, List<String> s) {
    String m = r.method;
    if (s.size() == 1 && m.equals("GET")) {
      return engine.read(w -> Reply.ok("instances listed successfully", w.instances.list(r)));
    }
    if (s.size() == 1 && m.equals("POST")) {
      ObjectNode body = r.object();
      return engine.mutate(
          w ->
              op("instance.create")
                  .put("id", w.instances.newId())
                  .put("password", Secrets.random(14))
                  .set("body", body));
    }
    String id = s.size() > 1 ? s.get(1) : null;
    if (s.size() == 2) {
      switch (m) {
        case "GET":
          return engine.read(
              w -> Reply.ok("instance details retrieved successfully", w.instances.get(id)));
        case "PUT":
          ObjectNode body = r.object();
          return engine.mutate(w -> op("instance.edit").put("id", id).set("body", body));
        case "DELETE":
          boolean backup = r.flag("backup_workspace", false);
          String bucket = r.param("backup_bucket");
          boolean force = r.flag("force", false);
          return engine.mutate(
              w ->
                  op("instance.delete")
                      .put("id", id)
                      .put("backup_workspace", backup)
                      .put("backup_bucket", bucket)
                      .put("force", force));
        default:
          return unknown(r);
      }
    }
    if (s.size() == 3 && s.get(2).equals("pause") && m.equals("POST")) {
      boolean save = r.flag("save_checkpoint", true);
      return engine.mutate(w -> op("instance.pause").put("id", id).put("save_checkpoint", save));
    }
    if (s.size() == 3 && s.get(2).equals("resume") && m.equals("POST")) {
      boolean restore = r.flag("restore_checkpoint", false);
      ObjectNode body = r.object();
      return engine.mutate(
          w ->
              op("instance.resume")
                  .put("id", id)
                  .put("restore_checkpoint", restore)
                  .set("body", body));
    }
    if (s.size() == 3 && s.get(2).equals("access-token") && m.equals("GET")) {
      int ttl = r.positiveInt("token_ttl", 3600);
      String token = Secrets.random(32);
      return engine.read(
          w ->
              Reply.ok(
                  "access token generated successfully", w.instances.token(id, ttl, token, w.now)));
    }
    return unknown(r);
  }

  private Reply inference(Request r, List<String> s) {
    String m = r.method;
    if (s.size() == 1 && m.equals("GET")) {
      return engine.read(w -> Reply.ok("inference tasks listed successfully", w.inference.list(r)));
    }
    if (s.size() == 1 && m.equals("POST")) {
      ObjectNode body = r.object();
      return engine.mutate(
          w -> op("inference.create").put("id", w.inference.newId()).set("body", body));
    }
    String id = s.size() > 1 ? s.get(1) : null;
    if (s.size() == 2 && m.equals("GET")) {
      return engine.read(
          w -> Reply.ok("inference task details retrieved successfully", w.inference.get(r, id)));
    }
    if (s.size() == 2 && m.equals("DELETE")) {
      boolean deleteOutput = r.flag("delete_output", false);
      boolean force = r.flag("force", false);
      return engine.mutate(
          w ->
              op("inference.delete")
                  .put("id", id)
                  .put("delete_output", deleteOutput)
                  .put("force", force));
    }
    return unknown(r);
  }

  private Reply training(Request r, List<String> s) {
    String m = r.method;
    if (s.size() == 1 && m.equals("GET")) {
      return engine.read(w -> Reply.ok("training jobs listed successfully", w.training.list(r)));
    }
    if (s.size() == 1 && m.equals("POST")) {
      ObjectNode body = r.object();
      return engine.mutate(
          w -> op("training.submit").put("id", w.training.newId()).set("body", body));
    }
    String id = s.size() > 1 ? s.get(1) : null;
    if (s.size() == 2 && m.equals("GET")) {
      return engine.read(
          w -> Reply.ok("training job details retrieved successfully", w.training.get(r, id)));
    }
    if (s.size() == 2 && m.equals("DELETE")) {
      boolean deleteOutput = r.flag("delete_output", false);
      boolean deleteLogs = r.flag("delete_logs", false);
      boolean force = r.flag("force", false);
      return engine.mutate(
          w ->
              op("training.delete")
                  .put("id", id)
                  .put("delete_output", deleteOutput)
                  .put("delete_logs", deleteLogs)
                  .put("force", force));
    }
    if (s.size() == 3 && s.get(2).equals("pause") && m.equals("POST")) {
      boolean save = r.flag("save_checkpoint", true);
      String name = r.param("checkpoint_name");
      return engine.mutate(
          w ->
              op("training.pause")
                  .put("id", id)
                  .put("save_checkpoint", save)
                  .put("checkpoint_name", name));
    }
    if (s.size() == 3 && s.get(2).equals("resume") && m.equals("POST")) {
      String from = r.param("resume_from_checkpoint");
      boolean reset = r.flag("reset_learning_rate", false);
      String rate = r.param("new_learning_rate");
      double parsed = parseRate(rate);
      return engine.mutate(
          w -> {
            ObjectNode op =
                op("training.resume")
                    .put("id", id)
                    .put("resume_from_checkpoint", from)
                    .put("reset_learning_rate", reset);
            if (rate != null) {
              op.put("new_learning_rate", parsed);
            }
            return op;
          });
    }
    return unknown(r);
  }

  private static double parseRate(String rate) {
    if (rate == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(rate);
    } catch (NumberFormatException e) {
      throw EmulatorError.badRequest("new_learning_rate must be positive");
    }
  }

  private static ObjectNode op(String name) {
    ObjectNode op = Json.object();
    op.put("op", name);
    op.put(World.LIVE, true);
    return op;
  }

  private static Reply unknown(Request r) {
    java.util.Set<String> allowed = Endpoints.allowed(r.segments);
    if (!allowed.isEmpty()) {
      throw new EmulatorError(
          405,
          "method not allowed: "
              + r.method
              + " /api/v1/"
              + String.join("/", r.segments)
              + " (allowed: "
              + String.join(", ", allowed)
              + ")");
    }
    throw EmulatorError.notFound(
        "no such endpoint: " + r.method + " /api/v1/" + String.join("/", r.segments));
  }
}
