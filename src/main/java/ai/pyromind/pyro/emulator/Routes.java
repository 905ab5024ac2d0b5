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

  Reply handle(Request request) {
    List<String> segments = request.segments;
    String head = segments.isEmpty() ? "" : segments.get(0);
    return switch (head) {
      case "sandboxes" -> sandboxes(request, segments);
      case "instances" -> instances(request, segments);
      case "inference" -> inference(request, segments);
      case "training" ->
          segments.size() >= 2 && segments.get(1).equals("jobs")
              ? training(request, segments.subList(1, segments.size()))
              : unknown(request);
      default -> unknown(request);
    };
  }

  private Reply sandboxes(Request request, List<String> segments) {
    String method = request.method;
    if (segments.size() == 1 && method.equals("GET")) {
      return engine.read(
          world -> Reply.ok("sandboxes listed successfully", world.sandboxes.list(request)));
    }
    if (segments.size() == 1 && method.equals("POST")) {
      ObjectNode body = request.object();
      return engine.mutate(
          world ->
              op("sandbox.create")
                  .put("id", world.sandboxes.newId())
                  .put("vnc_password", RandomSecrets.of(10))
                  .set("body", body));
    }
    String id = segments.size() > 1 ? segments.get(1) : null;
    if (segments.size() == 2 && method.equals("GET")) {
      return engine.read(
          world -> Reply.ok("sandbox details retrieved successfully", world.sandboxes.get(id)));
    }
    if (segments.size() == 2 && method.equals("DELETE")) {
      boolean force = request.flag("force", false);
      return engine.mutate(world -> op("sandbox.delete").put("id", id).put("force", force));
    }
    if (segments.size() == 3 && segments.get(2).equals("actions") && method.equals("POST")) {
      ObjectNode body = request.object();
      SandboxService.checkAction(body);
      return engine.mutate(world -> op("sandbox.action").put("id", id).set("body", body));
    }
    if (segments.size() == 4
        && segments.get(2).equals("actions")
        && segments.get(3).equals("batch")
        && method.equals("POST")) {
      ObjectNode body = request.object();
      SandboxService.checkBatch(body);
      return engine.mutate(world -> op("sandbox.batch").put("id", id).set("body", body));
    }
    if (segments.size() == 3 && segments.get(2).equals("vnc") && method.equals("GET")) {
      if (request.flag("refresh", false)) {
        return engine.mutate(
            world ->
                op("sandbox.vnc_refresh").put("id", id).put("vnc_password", RandomSecrets.of(10)));
      }
      return engine.read(
          world -> Reply.ok("vnc connection info retrieved successfully", world.sandboxes.vnc(id)));
    }
    return unknown(request);
  }

  private Reply instances(Request request, List<String> segments) {
    String method = request.method;
    if (segments.size() == 1 && method.equals("GET")) {
      return engine.read(
          world -> Reply.ok("instances listed successfully", world.instances.list(request)));
    }
    if (segments.size() == 1 && method.equals("POST")) {
      ObjectNode body = request.object();
      return engine.mutate(
          world ->
              op("instance.create")
                  .put("id", world.instances.newId())
                  .put("password", RandomSecrets.of(14))
                  .set("body", body));
    }
    String id = segments.size() > 1 ? segments.get(1) : null;
    if (segments.size() == 2) {
      switch (method) {
        case "GET":
          return engine.read(
              world ->
                  Reply.ok("instance details retrieved successfully", world.instances.get(id)));
        case "PUT":
          ObjectNode body = request.object();
          return engine.mutate(world -> op("instance.edit").put("id", id).set("body", body));
        case "DELETE":
          boolean backup = request.flag("backup_workspace", false);
          String bucket = request.param("backup_bucket");
          boolean force = request.flag("force", false);
          return engine.mutate(
              world ->
                  op("instance.delete")
                      .put("id", id)
                      .put("backup_workspace", backup)
                      .put("backup_bucket", bucket)
                      .put("force", force));
        default:
          return unknown(request);
      }
    }
    if (segments.size() == 3 && segments.get(2).equals("pause") && method.equals("POST")) {
      boolean save = request.flag("save_checkpoint", true);
      return engine.mutate(
          world -> op("instance.pause").put("id", id).put("save_checkpoint", save));
    }
    if (segments.size() == 3 && segments.get(2).equals("resume") && method.equals("POST")) {
      boolean restore = request.flag("restore_checkpoint", false);
      ObjectNode body = request.object();
      return engine.mutate(
          world ->
              op("instance.resume")
                  .put("id", id)
                  .put("restore_checkpoint", restore)
                  .set("body", body));
    }
    if (segments.size() == 3 && segments.get(2).equals("access-token") && method.equals("GET")) {
      int ttl = request.positiveInt("token_ttl", 3600);
      String token = RandomSecrets.of(32);
      return engine.read(
          world ->
              Reply.ok(
                  "access token generated successfully",
                  world.instances.token(id, ttl, token, world.now)));
    }
    return unknown(request);
  }

  private Reply inference(Request request, List<String> segments) {
    String method = request.method;
    if (segments.size() == 1 && method.equals("GET")) {
      return engine.read(
          world -> Reply.ok("inference tasks listed successfully", world.inference.list(request)));
    }
    if (segments.size() == 1 && method.equals("POST")) {
      ObjectNode body = request.object();
      return engine.mutate(
          world -> op("inference.create").put("id", world.inference.newId()).set("body", body));
    }
    String id = segments.size() > 1 ? segments.get(1) : null;
    if (segments.size() == 2 && method.equals("GET")) {
      return engine.read(
          world ->
              Reply.ok(
                  "inference task details retrieved successfully",
                  world.inference.get(request, id)));
    }
    if (segments.size() == 2 && method.equals("DELETE")) {
      boolean deleteOutput = request.flag("delete_output", false);
      boolean force = request.flag("force", false);
      return engine.mutate(
          world ->
              op("inference.delete")
                  .put("id", id)
                  .put("delete_output", deleteOutput)
                  .put("force", force));
    }
    return unknown(request);
  }

  private Reply training(Request request, List<String> segments) {
    String method = request.method;
    if (segments.size() == 1 && method.equals("GET")) {
      return engine.read(
          world -> Reply.ok("training jobs listed successfully", world.training.list(request)));
    }
    if (segments.size() == 1 && method.equals("POST")) {
      ObjectNode body = request.object();
      return engine.mutate(
          world -> op("training.submit").put("id", world.training.newId()).set("body", body));
    }
    String id = segments.size() > 1 ? segments.get(1) : null;
    if (segments.size() == 2 && method.equals("GET")) {
      return engine.read(
          world ->
              Reply.ok(
                  "training job details retrieved successfully", world.training.get(request, id)));
    }
    if (segments.size() == 2 && method.equals("DELETE")) {
      boolean deleteOutput = request.flag("delete_output", false);
      boolean deleteLogs = request.flag("delete_logs", false);
      boolean force = request.flag("force", false);
      return engine.mutate(
          world ->
              op("training.delete")
                  .put("id", id)
                  .put("delete_output", deleteOutput)
                  .put("delete_logs", deleteLogs)
                  .put("force", force));
    }
    if (segments.size() == 3 && segments.get(2).equals("pause") && method.equals("POST")) {
      boolean save = request.flag("save_checkpoint", true);
      String name = request.param("checkpoint_name");
      return engine.mutate(
          world ->
              op("training.pause")
                  .put("id", id)
                  .put("save_checkpoint", save)
                  .put("checkpoint_name", name));
    }
    if (segments.size() == 3 && segments.get(2).equals("resume") && method.equals("POST")) {
      String from = request.param("resume_from_checkpoint");
      boolean reset = request.flag("reset_learning_rate", false);
      String rate = request.param("new_learning_rate");
      double parsed = parseRate(rate);
      return engine.mutate(
          world -> {
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
    return unknown(request);
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

  private static Reply unknown(Request request) {
    java.util.Set<String> allowed = Endpoints.allowed(request.segments);
    if (!allowed.isEmpty()) {
      throw new EmulatorError(
          405,
          "method not allowed: "
              + request.method
              + " /api/v1/"
              + String.join("/", request.segments)
              + " (allowed: "
              + String.join(", ", allowed)
              + ")");
    }
    throw EmulatorError.notFound(
        "no such endpoint: " + request.method + " /api/v1/" + String.join("/", request.segments));
  }
}
