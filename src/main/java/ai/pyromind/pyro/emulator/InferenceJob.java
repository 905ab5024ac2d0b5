package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One emulated inference job: pending, then ten steps of running, each processing a tenth of the
 * rows, then success; {@code inference_params.fail_at_progress} makes it fail on purpose.
 */
final class InferenceJob {
  static final int STEPS = 10;
  static final int ROWS = 160_000;
  final String id;
  final ObjectNode request;
  final Instant created;
  final int priority;
  final int failAtProgress;
  String status = "pending";
  int progress;
  final List<String> logs = new ArrayList<>();

  InferenceJob(String id, ObjectNode request, Instant created, int priority) {
    this.id = id;
    this.request = request.deepCopy();
    this.created = created;
    this.priority = priority;
    this.failAtProgress = request.path("inference_params").path("fail_at_progress").asInt(-1);
  }

  void advance(Instant now, Timing timing) {
    Instant started = created.plus(timing.startup());
    if (status.equals("pending") && !now.isBefore(started)) {
      status = "running";
      logs.add(Iso.of(started) + " - Inference started");
    }
    while (status.equals("running")) {
      int step = progress / STEPS + 1;
      Instant due = started.plus(timing.inferenceStep().multipliedBy(step));
      if (now.isBefore(due)) {
        return;
      }
      progress = step * STEPS;
      if (failAtProgress >= 0 && progress >= failAtProgress) {
        status = "failed";
        logs.add(
            Iso.of(due) + " - Error: inference failed at " + progress + "% (fail_at_progress)");
        return;
      }
      logs.add(Iso.of(due) + " - Processed " + (ROWS / STEPS * step) + " rows");
      if (progress >= 100) {
        status = "success";
        logs.add(
            Iso.of(due)
                + " - Inference completed, results written to "
                + request.at("/output_config/output_path").asText());
      }
    }
  }

  ObjectNode summary() {
    ObjectNode s = Json.object();
    s.put("job_id", id);
    s.put("name", request.path("name").asText());
    s.put("status", status);
    s.put("progress", progress);
    s.put("model_type", request.path("model_type").asText());
    s.put("create_time", Iso.of(created));
    return s;
  }

  ObjectNode created(String base) {
    ObjectNode c = summary();
    c.remove("progress");
    c.put("model_name", request.path("model_name").asText());
    c.put("priority", priority);
    c.put("task_url", base + "/tasks/" + id);
    return c;
  }

  /** A share of what was asked for, to one decimal as the document writes usage (6.5, 28.3). */
  private double used(String field, double share) {
    return Math.round(request.at(Fields.resource(field)).asDouble() * share * 10) / 10.0;
  }

  ObjectNode detail(boolean withLogs, int logLines) {
    ObjectNode d = summary();
    d.put("model_name", request.path("model_name").asText());
    d.put("priority", priority);
    ObjectNode usage = d.putObject("resource_usage");
    boolean running = status.equals("running");
    usage.put("gpu_used", running ? used(Fields.GPU, 0.9) : 0.0);
    usage.put("cpu_used", running ? used(Fields.CPU, 0.8) : 0.0);
    usage.put("memory_used", running ? used(Fields.MEMORY, 0.88) : 0.0);
    d.set("input_config", request.path("input_config").deepCopy());
    d.set("output_config", request.path("output_config").deepCopy());
    if (withLogs) {
      d.set("logs", Logs.tail(logs, logLines));
    }
    return d;
  }
}
