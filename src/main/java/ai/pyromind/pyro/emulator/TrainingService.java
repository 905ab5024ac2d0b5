package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The training endpoints' state and rules. */
final class TrainingService {
  private final Map<String, TrainingJob> jobs = new LinkedHashMap<>();
  private final Timing timing;
  private final String baseUrl;
  private final Capacity capacity;
  private long nextId = 300_001L;

  TrainingService(Timing timing, String baseUrl, Capacity capacity) {
    this.timing = timing;
    this.baseUrl = baseUrl;
    this.capacity = capacity;
  }

  /** What pending and running jobs hold; paused and finished ones hold nothing. */
  Resources held() {
    Resources sum = Resources.NONE;
    for (TrainingJob j : jobs.values()) {
      if (j.status.equals("pending") || j.status.equals("running")) {
        sum = sum.plus(Resources.of(j.request.path(Fields.RESOURCE_CONFIG)));
      }
    }
    return sum;
  }

  String newId() {
    return ResourceKind.TRAINING_JOB.id(nextId);
  }

  void advance(Instant now) {
    jobs.values().forEach(j -> j.advance(now, timing));
  }

  ObjectNode list(Request request) {
    String status =
        Checks.oneOf(
            request.param(Fields.STATUS), Fields.STATUS, ResourceKind.TRAINING_JOB.statuses());
    String framework =
        Checks.oneOf(
            request.param("training_framework"),
            "training_framework",
            "pytorch",
            "tensorflow",
            "ray");
    Instant since =
        request.param("start_time") == null
            ? null
            : Checks.instant(request.param("start_time"), "start_time");
    List<TrainingJob> matching = new ArrayList<>();
    for (TrainingJob j : jobs.values()) {
      if ((status == null || status.equals(j.status))
          && (framework == null || framework.equals(j.request.path("training_framework").asText()))
          && (since == null || !j.created.isBefore(since))) {
        matching.add(j);
      }
    }
    return Paging.page(
        request, matching, ResourceKind.TRAINING_JOB.listField(), TrainingJob::summary);
  }

  ObjectNode get(Request request, String id) {
    return find(id)
        .detail(
            request.flag("include_logs", false),
            request.positiveInt("log_lines", 100),
            request.flag("include_metrics", false));
  }

  Reply submit(ObjectNode m, Instant at) {
    ObjectNode body = (ObjectNode) m.get("body");
    String name = Checks.requiredText(body, "name", "name");
    Checks.oneOf(
        Checks.requiredText(body, "training_framework", "training_framework"),
        "training_framework",
        "pytorch",
        "tensorflow",
        "ray");
    Checks.requiredText(body, "model_name", "model_name");
    Checks.resources(body.get(Fields.RESOURCE_CONFIG), false, false);
    Checks.requiredText(body, "/data_config/train_data_source", "data_config.train_data_source");
    JsonNode hp = body.path("hyperparameters");
    if (!hp.isObject() || hp.isEmpty()) {
      throw EmulatorError.badRequest("hyperparameters is required");
    }
    if (hp.has("learning_rate")
        && (!hp.path("learning_rate").isNumber() || hp.path("learning_rate").asDouble() <= 0)) {
      throw EmulatorError.badRequest("hyperparameters.learning_rate must be positive");
    }
    if (hp.has("epochs")
        && (!hp.path("epochs").isIntegralNumber() || hp.path("epochs").asInt() < 1)) {
      throw EmulatorError.badRequest("hyperparameters.epochs must be a positive integer");
    }
    Checks.requiredText(body, "/output_config/output_bucket", "output_config.output_bucket");
    Checks.requiredText(body, "/output_config/output_path", "output_config.output_path");
    int priority = Checks.priority(body);
    Duration maxRunTime = maxRunTime(body);
    for (TrainingJob j : jobs.values()) {
      if (j.request.path("name").asText().equals(name)) {
        throw EmulatorError.conflict("training job name already exists");
      }
    }
    capacity.claim(
        Resources.of(body.get(Fields.RESOURCE_CONFIG)),
        Resources.NONE,
        "failed to submit job: insufficient GPU resources");
    String id = m.path("id").asText();
    nextId = Math.max(nextId, ResourceKind.TRAINING_JOB.idNumber(id) + 1);
    TrainingJob job = new TrainingJob(id, body, at, priority, maxRunTime);
    jobs.put(id, job);
    ObjectNode data = Json.object();
    data.put("job_id", id);
    data.put("name", name);
    data.put("status", job.status);
    data.put("create_time", Iso.of(at));
    data.put("task_url", baseUrl + "/training/jobs/" + id);
    return Reply.created("training job submitted successfully", data);
  }

  private static Duration maxRunTime(JsonNode body) {
    JsonNode value = body.path("max_run_time");
    if (value.isMissingNode() || value.isNull()) {
      return Duration.ofHours(72);
    }
    try {
      Duration d = Duration.parse(value.asText());
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw EmulatorError.badRequest("max_run_time must be a positive ISO 8601 duration");
  }

  Reply delete(ObjectNode m, Instant at) {
    TrainingJob job = find(m.path("id").asText());
    if (job.status.equals("running") && !m.path("force").asBoolean()) {
      throw EmulatorError.conflict("training job is running, use force=true to delete");
    }
    String logs = job.request.at("/log_config/log_path").asText("");
    if (m.path("delete_logs").asBoolean()
        && !logs.isEmpty()
        && FailingNames.deleteDenied(FailingNames.bucketOf(logs))) {
      throw new EmulatorError(500, "failed to delete logs: bucket access denied");
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
    data.put("delete_logs", m.path("delete_logs").asBoolean());
    data.put("status_before_delete", job.status);
    return Reply.ok("training job deleted successfully", data);
  }

  Reply pause(ObjectNode m, Instant at) {
    TrainingJob job = find(m.path("id").asText());
    if (!job.status.equals("running")) {
      throw EmulatorError.badRequest("cannot pause job in '" + job.statusWord() + "' status");
    }
    boolean save = m.path("save_checkpoint").asBoolean(true);
    if (save && FailingNames.readOnly(job.request.at("/output_config/output_path").asText())) {
      throw new EmulatorError(500, "failed to save checkpoint: storage write error");
    }
    String checkpoint = null;
    if (save) {
      checkpoint = m.path("checkpoint_name").asText("");
      if (checkpoint.isBlank()) {
        checkpoint = "pause-checkpoint-epoch-" + job.epoch;
      }
      job.checkpoints.put(checkpoint, job.epoch);
    }
    job.status = "paused";
    job.pausedAt = at;
    job.logs.add(
        Iso.of(at)
            + " - Training paused at epoch "
            + job.epoch
            + (save ? " (checkpoint " + checkpoint + ")" : ""));
    ObjectNode data = Json.object();
    data.put("job_id", job.id);
    data.put("status", "paused");
    data.put("pause_time", Iso.of(at));
    if (checkpoint == null) {
      data.putNull("checkpoint_name");
    } else {
      data.put("checkpoint_name", checkpoint);
    }
    data.put("current_epoch", job.epoch);
    return Reply.ok("training job paused successfully", data);
  }

  Reply resume(ObjectNode m, Instant at) {
    TrainingJob job = jobs.get(m.path("id").asText());
    if (job == null) {
      // the document's one 404 for resume covers the job and the checkpoint alike
      throw EmulatorError.notFound("training job or checkpoint not found");
    }
    if (!job.status.equals("paused")) {
      throw EmulatorError.badRequest("cannot resume " + job.statusWord() + " job");
    }
    boolean reset = m.path("reset_learning_rate").asBoolean(false);
    double rate = m.path("new_learning_rate").asDouble(Double.NaN);
    if (reset && !(rate > 0)) {
      throw EmulatorError.badRequest("new_learning_rate must be positive");
    }
    String from = m.path("resume_from_checkpoint").asText("");
    if (!from.isBlank() && !job.checkpoints.containsKey(from)) {
      throw EmulatorError.notFound("training job or checkpoint not found");
    }
    if (from.isBlank()) {
      from = latestCheckpoint(job);
    }
    if (FailingNames.corrupted(from)) {
      throw new EmulatorError(500, "failed to load checkpoint: corrupted file");
    }
    // The document has no resume failure for capacity; the instance resume's words fit.
    capacity.claim(
        Resources.of(job.request.path(Fields.RESOURCE_CONFIG)),
        Resources.NONE,
        "failed to resume: insufficient GPU resources");
    if (from != null) {
      job.epoch = job.checkpoints.get(from);
    }
    if (reset) {
      job.learningRate = rate;
    }
    job.status = "running";
    job.epochStart = at;
    job.logs.add(
        Iso.of(at)
            + " - Training resumed at epoch "
            + job.epoch
            + (from == null ? "" : " from checkpoint " + from)
            + (reset ? " with learning_rate=" + TrainingJob.plain(rate) : ""));
    ObjectNode data = Json.object();
    data.put("job_id", job.id);
    data.put("status", "running");
    data.put("resume_time", Iso.of(at));
    if (from == null) {
      data.putNull("resumed_from_checkpoint");
    } else {
      data.put("resumed_from_checkpoint", from);
    }
    data.set("current_learning_rate", TrainingJob.decimal(job.learningRate));
    data.put(
        "estimated_finish_time",
        Iso.of(at.plus(timing.epoch().multipliedBy(job.epochs - job.epoch))));
    return Reply.ok("training job resumed successfully", data);
  }

  private static String latestCheckpoint(TrainingJob job) {
    String latest = null;
    int best = -1;
    for (Map.Entry<String, Integer> e : job.checkpoints.entrySet()) {
      if (e.getValue() >= best) {
        best = e.getValue();
        latest = e.getKey();
      }
    }
    return latest;
  }

  private TrainingJob find(String id) {
    TrainingJob job = jobs.get(id);
    if (job == null) {
      throw EmulatorError.notFound("training job not found");
    }
    return job;
  }
}
