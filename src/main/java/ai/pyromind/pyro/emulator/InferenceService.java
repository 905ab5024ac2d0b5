package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inference endpoints' state and rules. */
final class InferenceService {
  private final Map<String, InferenceJob> jobs = new LinkedHashMap<>();
  private final Timing timing;
  private final String baseUrl;
  private final Capacity capacity;
  private long nextId = 200_001L;

  InferenceService(Timing timing, String baseUrl, Capacity capacity) {
    this.timing = timing;
    this.baseUrl = baseUrl;
    this.capacity = capacity;
  }

  /** What pending and running jobs hold; a finished one holds nothing. */
  Resources held() {
    Resources sum = Resources.NONE;
    for (InferenceJob j : jobs.values()) {
      if (j.status.equals("pending") || j.status.equals("running")) {
        sum = sum.plus(Resources.of(j.request.path(Fields.RESOURCE_CONFIG)));
      }
    }
    return sum;
  }

  String newId() {
    return ResourceKind.INFERENCE_JOB.id(nextId);
  }

  void advance(Instant now) {
    jobs.values().forEach(j -> j.advance(now, timing));
  }

  ObjectNode list(Request request) {
    String status =
        Checks.oneOf(
            request.param(Fields.STATUS), Fields.STATUS, ResourceKind.INFERENCE_JOB.statuses());
    String type = Checks.oneOf(request.param("model_type"), "model_type", "rl", "nlp", "cv");
    Instant since =
        request.param("start_time") == null
            ? null
            : Checks.instant(request.param("start_time"), "start_time");
    List<InferenceJob> matching = new ArrayList<>();
    for (InferenceJob j : jobs.values()) {
      if ((status == null || status.equals(j.status))
          && (type == null || type.equals(j.request.path("model_type").asText()))
          && (since == null || !j.created.isBefore(since))) {
        matching.add(j);
      }
    }
    return Paging.page(
        request, matching, ResourceKind.INFERENCE_JOB.listField(), InferenceJob::summary);
  }

  ObjectNode get(Request request, String id) {
    boolean logs = request.flag("include_logs", false);
    int lines = request.positiveInt("log_lines", 100);
    return find(id).detail(logs, lines);
  }

  Reply create(ObjectNode m, Instant at) {
    ObjectNode body = (ObjectNode) m.get("body");
    String name = Checks.requiredText(body, "name", "name");
    Checks.oneOf(
        Checks.requiredText(body, "model_type", "model_type"), "model_type", "rl", "nlp", "cv");
    String model = Checks.requiredText(body, "model_name", "model_name");
    Checks.resources(body.get(Fields.RESOURCE_CONFIG), false, false);
    Checks.requiredText(body, "/input_config/data_source", "input_config.data_source");
    Checks.requiredText(body, "/output_config/output_bucket", "output_config.output_bucket");
    Checks.requiredText(body, "/output_config/output_path", "output_config.output_path");
    int priority = Checks.priority(body);
    if (model.startsWith("missing")) {
      throw EmulatorError.notFound(
          "model " + model + " (" + body.path("model_version").asText("latest") + ") not found");
    }
    for (InferenceJob j : jobs.values()) {
      if (j.request.path("name").asText().equals(name)) {
        throw EmulatorError.conflict("inference task name already exists");
      }
    }
    // The document has one 500 for this endpoint; a job that does not fit answers it too.
    String refused = "failed to create task: invalid output bucket permission";
    if (FailingNames.writeDenied(body.at("/output_config/output_bucket").asText())) {
      throw new EmulatorError(500, refused);
    }
    capacity.claim(Resources.of(body.get(Fields.RESOURCE_CONFIG)), Resources.NONE, refused);
    String id = m.path("id").asText();
    nextId = Math.max(nextId, ResourceKind.INFERENCE_JOB.idNumber(id) + 1);
    InferenceJob job = new InferenceJob(id, body, at, priority);
    jobs.put(id, job);
    return Reply.created("inference task created successfully", job.created(baseUrl));
  }

  Reply delete(ObjectNode m, Instant at) {
    InferenceJob job = find(m.path("id").asText());
    if (job.status.equals("running") && !m.path("force").asBoolean()) {
      throw EmulatorError.conflict("inference task is running, use force=true to delete");
    }
    if (m.path("delete_output").asBoolean()
        && FailingNames.deleteDenied(job.request.at("/output_config/output_bucket").asText())) {
      throw new EmulatorError(500, "failed to delete output: bucket access denied");
    }
    jobs.remove(job.id);
    ObjectNode data = Json.object();
    data.put("job_id", job.id);
    data.put("delete_time", Iso.of(at));
    data.put("delete_output", m.path("delete_output").asBoolean());
    data.put("status_before_delete", job.status);
    return Reply.ok("inference task deleted successfully", data);
  }

  private InferenceJob find(String id) {
    InferenceJob job = jobs.get(id);
    if (job == null) {
      throw EmulatorError.notFound("inference task not found");
    }
    return job;
  }
}
