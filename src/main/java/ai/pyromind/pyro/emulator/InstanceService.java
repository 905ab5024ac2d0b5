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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instance endpoints' state and rules. */
final class InstanceService {
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final Timing timing;
  private final String baseUrl;
  private final Capacity capacity;
  private long nextId = 100_001L;

  InstanceService(Timing timing, String baseUrl, Capacity capacity) {
    this.timing = timing;
    this.baseUrl = baseUrl;
    this.capacity = capacity;
  }

  /** What pending and running instances hold; a paused one releases its resources. */
  Resources held() {
    Resources sum = Resources.NONE;
    for (Instance i : instances.values()) {
      if (holds(i)) {
        sum = sum.plus(Resources.of(i.resources));
      }
    }
    return sum;
  }

  private static boolean holds(Instance i) {
    return i.status.equals("pending") || i.status.equals("running");
  }

  String newId() {
    return ResourceKind.INSTANCE.id(nextId);
  }

  void advance(Instant now) {
    instances.values().removeIf(i -> i.expired(now));
    instances.values().forEach(i -> i.advance(now));
  }

  ObjectNode list(Request request) {
    String status =
        Checks.oneOf(request.param(Fields.STATUS), Fields.STATUS, ResourceKind.INSTANCE.statuses());
    String type = Checks.oneOf(request.param("resource_type"), "resource_type", "cpu", "gpu");
    List<Instance> matching = new ArrayList<>();
    for (Instance i : instances.values()) {
      if ((status == null || status.equals(i.status))
          && (type == null || type.equals(i.resourceType))) {
        matching.add(i);
      }
    }
    return Paging.page(request, matching, ResourceKind.INSTANCE.listField(), Instance::summary);
  }

  ObjectNode get(String id) {
    return find(id).detail(baseUrl);
  }

  Reply create(ObjectNode m, Instant at) {
    ObjectNode body = (ObjectNode) m.get("body");
    String name = Checks.requiredText(body, "name", "name");
    if (Checks.oneOf(
            Checks.requiredText(body, "resource_type", "resource_type"),
            "resource_type",
            "cpu",
            "gpu")
        == null) {
      throw EmulatorError.badRequest("resource_type is required");
    }
    Checks.resources(body.get(Fields.RESOURCE_CONFIG), false, false);
    Instant expires = Checks.futureTime(body, at, Duration.ofDays(7));
    JsonNode mount = body.path("workspace_mount");
    if (!mount.isMissingNode()
        && !mount.isNull()
        && (!mount.path("bucket_name").isTextual() || !mount.path("mount_path").isTextual())) {
      throw EmulatorError.badRequest("workspace_mount needs bucket_name and mount_path");
    }
    checkNameFree(name, null, "instance name already exists");
    capacity.claim(
        Resources.of(body.get(Fields.RESOURCE_CONFIG)),
        Resources.NONE,
        "failed to create instance: insufficient GPU resources");
    String id = m.path("id").asText();
    nextId = Math.max(nextId, ResourceKind.INSTANCE.idNumber(id) + 1);
    String password =
        body.path("password").isTextual()
            ? body.path("password").asText()
            : m.path("password").asText();
    Instance i = new Instance(id, body, at, expires, at.plus(timing.startup()), password);
    instances.put(id, i);
    ObjectNode data = i.summary();
    data.put("image", i.image);
    data.put("access_url", i.accessUrl(baseUrl));
    data.put("password", password);
    return Reply.created("instance created successfully", data);
  }

  Reply edit(ObjectNode m, Instant at) {
    Instance i = find(m.path("id").asText());
    ObjectNode body = (ObjectNode) m.get("body");
    ArrayNode updated = Json.array();
    if (body.has("name")) {
      String name = Checks.requiredText(body, "name", "name");
      checkNameFree(name, i.id, "new instance name already exists");
    }
    JsonNode config = body.get(Fields.RESOURCE_CONFIG);
    Checks.resources(config, true, false);
    if (config != null
        && config.has("cpu")
        && config.path("cpu").asInt() < i.resources.path("cpu").asInt()) {
      throw EmulatorError.badRequest(
          "resource_config.cpu must be greater than current " + i.resources.path("cpu").asInt());
    }
    Instant expires = body.has("expire_time") ? Checks.futureTime(body, at, Duration.ZERO) : null;
    if (body.has("password") && !body.path("password").isTextual()) {
      throw EmulatorError.badRequest("password must be a string");
    }
    if (config != null && holds(i)) {
      ObjectNode wanted = i.resources.deepCopy().setAll((ObjectNode) config);
      capacity.claim(
          Resources.of(wanted),
          Resources.of(i.resources),
          "failed to update resource config: insufficient resources");
    }
    if (body.has("name")) {
      i.name = body.path("name").asText();
      updated.add("name");
    }
    if (config != null) {
      i.resources.setAll((ObjectNode) config);
      updated.add(Fields.RESOURCE_CONFIG);
    }
    if (expires != null) {
      i.expires = expires;
      updated.add("expire_time");
    }
    if (body.has("password")) {
      i.password = body.path("password").asText();
      updated.add("password");
    }
    ObjectNode data = Json.object();
    data.put("instance_id", i.id);
    data.put("name", i.name);
    data.set("updated_fields", updated);
    data.set(Fields.RESOURCE_CONFIG, i.resources.deepCopy());
    data.put("expire_time", Iso.of(i.expires));
    data.put("update_time", Iso.of(at));
    return Reply.ok("instance updated successfully", data);
  }

  Reply delete(ObjectNode m, Instant at) {
    Instance i = find(m.path("id").asText());
    boolean backup = m.path("backup_workspace").asBoolean();
    String bucket = m.path("backup_bucket").asText(null);
    if (backup && (bucket == null || bucket.isBlank())) {
      throw EmulatorError.badRequest("backup_bucket is required when backup_workspace=true");
    }
    if (i.status.equals("running") && !m.path("force").asBoolean()) {
      throw EmulatorError.conflict("instance has running tasks, stop first or use force=true");
    }
    if (backup && FailingNames.writeDenied(bucket)) {
      throw new EmulatorError(500, "failed to backup workspace: bucket access denied");
    }
    instances.remove(i.id);
    ObjectNode data = Json.object();
    data.put("instance_id", i.id);
    data.put("delete_time", Iso.of(at));
    data.put("backup_workspace", backup);
    if (backup) {
      data.put("backup_bucket", bucket);
      data.put(
          "backup_path",
          "/instance-backups/" + i.id + "_" + Iso.of(at).substring(0, 10).replace("-", ""));
    }
    return Reply.ok("instance deleted successfully", data);
  }

  Reply pause(ObjectNode m, Instant at) {
    Instance i = find(m.path("id").asText());
    if (!i.status.equals("running")) {
      throw EmulatorError.badRequest("cannot pause instance in 'paused' or 'stopped' status");
    }
    boolean save = m.path("save_checkpoint").asBoolean(true);
    if (save && i.mount != null && FailingNames.readOnly(i.mount.path("mount_path").asText())) {
      throw new EmulatorError(500, "failed to save checkpoints: storage error");
    }
    i.status = "paused";
    if (save) {
      i.checkpoints++;
    }
    i.log.add(Iso.of(at) + " - Instance paused" + (save ? " (checkpoint saved)" : ""));
    ObjectNode data = Json.object();
    data.put("instance_id", i.id);
    data.put("status", "paused");
    data.put("pause_time", Iso.of(at));
    data.put("save_checkpoint", save);
    data.put("checkpoint_count", i.checkpoints);
    return Reply.ok("instance paused successfully", data);
  }

  Reply resume(ObjectNode m, Instant at) {
    Instance i = find(m.path("id").asText());
    if (!i.status.equals("paused")) {
      throw EmulatorError.badRequest("cannot resume instance in 'running' or 'stopped' status");
    }
    JsonNode config = m.path("body").get(Fields.RESOURCE_CONFIG);
    Checks.resources(config, true, false);
    if (config != null) {
      for (String field : new String[] {"cpu", "memory", "gpu"}) {
        if (config.has(field) && config.path(field).asInt() > i.requested.path(field).asInt()) {
          throw EmulatorError.badRequest(
              "resource_config."
                  + field
                  + " cannot exceed the original request "
                  + i.requested.path(field).asInt());
        }
      }
    }
    ObjectNode wanted = i.resources.deepCopy();
    if (config != null) {
      wanted.setAll((ObjectNode) config);
    }
    capacity.claim(
        Resources.of(wanted), Resources.NONE, "failed to resume: insufficient GPU resources");
    i.resources = wanted;
    boolean restore = m.path("restore_checkpoint").asBoolean(false);
    i.status = "running";
    i.generation++;
    i.log.add(Iso.of(at) + " - Instance resumed" + (restore ? " from checkpoint" : ""));
    ObjectNode data = Json.object();
    data.put("instance_id", i.id);
    data.put("status", "running");
    data.put("resume_time", Iso.of(at));
    data.put("restore_checkpoint", restore);
    data.set(Fields.RESOURCE_CONFIG, i.resources.deepCopy());
    data.put("access_url", i.accessUrl(baseUrl));
    return Reply.ok("instance resumed successfully", data);
  }

  ObjectNode token(String id, int ttl, String token, Instant now) {
    Instance i = find(id);
    if (!i.status.equals("running")) {
      throw EmulatorError.badRequest("cannot generate token for non-running instance");
    }
    if (FailingNames.authFails(i.name)) {
      throw new EmulatorError(500, "token generation failed: auth service error");
    }
    ObjectNode data = Json.object();
    data.put("instance_id", i.id);
    data.put("access_token", token);
    data.put("token_ttl", ttl);
    data.put("expire_time", Iso.of(now.plusSeconds(ttl)));
    String url = i.accessUrl(baseUrl);
    data.put("access_url", url + (url.contains("?") ? "&" : "?") + "token=" + token);
    return data;
  }

  private void checkNameFree(String name, String except, String message) {
    for (Instance i : instances.values()) {
      if (i.name.equals(name) && !i.id.equals(except)) {
        throw EmulatorError.conflict(message);
      }
    }
  }

  private Instance find(String id) {
    Instance i = instances.get(id);
    if (i == null) {
      throw EmulatorError.notFound("instance not found");
    }
    return i;
  }
}
