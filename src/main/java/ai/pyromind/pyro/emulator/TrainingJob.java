package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One emulated training job. It runs {@code hyperparameters.epochs} epochs, each adding progress,
 * metrics and a log line, saves a checkpoint every {@code save_frequency} epochs, can be paused and
 * resumed from a checkpoint, and ends in success, or in failure at {@code fail_at_epoch} or when
 * {@code max_run_time} runs out.
 */
final class TrainingJob {
  final String id;
  final ObjectNode request;
  final Instant created;
  final int priority;
  final int epochs;
  final int saveFrequency;
  final int failAtEpoch;
  final Duration maxRunTime;
  String status = "pending";
  int epoch;
  Instant epochStart;
  Instant startedAt;
  Instant pausedAt;
  double learningRate;
  final Map<String, Integer> checkpoints = new LinkedHashMap<>();
  final List<String> logs = new ArrayList<>();

  TrainingJob(String id, ObjectNode request, Instant created, int priority, Duration maxRunTime) {
    this.id = id;
    this.request = request.deepCopy();
    this.created = created;
    this.priority = priority;
    JsonNode hp = request.path("hyperparameters");
    this.epochs = Math.max(1, hp.path("epochs").asInt(10));
    this.failAtEpoch = hp.path("fail_at_epoch").asInt(-1);
    this.learningRate = hp.path("learning_rate").asDouble(0.001);
    this.saveFrequency = Math.max(0, request.at("/output_config/save_frequency").asInt(0));
    this.maxRunTime = maxRunTime;
  }

  void advance(Instant now, Timing timing) {
    if (status.equals("pending")) {
      Instant start = created.plus(timing.startup());
      if (now.isBefore(start)) {
        return;
      }
      status = "running";
      startedAt = start;
      epochStart = start;
      logs.add(Iso.of(start) + " - Training started");
    }
    Instant deadline = startedAt.plus(timing.scaled(maxRunTime));
    while (status.equals("running")) {
      Instant due = epochStart.plus(timing.epoch());
      if (!deadline.isAfter(due) && !now.isBefore(deadline)) {
        status = "failed";
        logs.add(
            Iso.of(deadline)
                + " - Error: max_run_time "
                + maxRunTime
                + " exceeded, job terminated");
        return;
      }
      if (now.isBefore(due)) {
        return;
      }
      completeEpoch(due);
    }
  }

  private void completeEpoch(Instant at) {
    epoch++;
    epochStart = at;
    ObjectNode m = metrics(epoch);
    logs.add(
        Iso.of(at)
            + " - Epoch "
            + epoch
            + "/"
            + epochs
            + " - train_loss="
            + m.path("train_loss").asText()
            + " val_loss="
            + m.path("val_loss").asText()
            + " reward_mean="
            + m.path("reward_mean").asText());
    if (epoch == failAtEpoch) {
      status = "failed";
      logs.add(Iso.of(at) + " - Error: training failed at epoch " + epoch + " (fail_at_epoch)");
      return;
    }
    if (saveFrequency > 0
        && epoch % saveFrequency == 0
        && FailingNames.readOnly(request.at("/output_config/output_path").asText())) {
      logs.add(Iso.of(at) + " - Error: failed to save checkpoint: storage write error");
    } else if (saveFrequency > 0 && epoch % saveFrequency == 0) {
      String name = "checkpoint-epoch-" + epoch;
      checkpoints.put(name, epoch);
      logs.add(Iso.of(at) + " - Saved checkpoint " + name);
    }
    if (epoch >= epochs) {
      status = "success";
      logs.add(Iso.of(at) + " - Training completed");
    }
  }

  /** Deterministic, plausible metrics: losses fall and reward rises with the epochs. */
  ObjectNode metrics(int atEpoch) {
    double decay = Math.exp(-atEpoch / Math.max(1.0, epochs / 3.0));
    double lrFactor = Math.min(2.0, Math.max(0.5, learningRate / 0.001));
    ObjectNode m = Json.object();
    double train = 0.05 + 0.95 * Math.pow(decay, lrFactor);
    m.put("train_loss", round(train, 3));
    m.put("val_loss", round(train * 1.15 + 0.02, 3));
    m.put("reward_mean", round(-150 + 450 * (1 - decay), 1));
    return m;
  }

  /**
   * A rate as the API document and a JSON server write it ({@code 0.0003}), not as Java's {@code
   * Double.toString} does ({@code 3.0E-4}).
   */
  static JsonNode decimal(double v) {
    return Json.number(plain(v), v);
  }

  /**
   * {@code 0.0002}, {@code 0.001}, {@code 1.0}: plain decimal digits, at least one after the dot.
   */
  static String plain(double v) {
    String text = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return text.contains(".") ? text : text + ".0";
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }

  int progress() {
    return epoch * 100 / epochs;
  }

  /** The word the pause error uses for a status: the document calls success "completed". */
  String statusWord() {
    return status.equals("success") ? "completed" : status;
  }

  ObjectNode summary() {
    ObjectNode s = Json.object();
    s.put("job_id", id);
    s.put("name", request.path("name").asText());
    s.put("status", status);
    s.put("progress", progress());
    s.put("training_framework", request.path("training_framework").asText());
    s.put("create_time", Iso.of(created));
    return s;
  }

  ObjectNode detail(boolean withLogs, int logLines, boolean withMetrics) {
    ObjectNode d = summary();
    d.put("model_name", request.path("model_name").asText());
    d.put("priority", priority);
    d.put("current_epoch", epoch);
    d.put("total_epochs", epochs);
    d.set("current_learning_rate", decimal(learningRate));
    ObjectNode usage = d.putObject("resource_usage");
    boolean running = status.equals("running");
    usage.put(
        "gpu_used",
        running ? round(request.at(Fields.resource(Fields.GPU)).asDouble() * 0.95, 1) : 0.0);
    usage.put(
        "cpu_used",
        running ? round(request.at(Fields.resource(Fields.CPU)).asDouble() * 0.78, 1) : 0.0);
    d.set(Fields.RESOURCE_CONFIG, request.path(Fields.RESOURCE_CONFIG).deepCopy());
    d.set("hyperparameters", request.path("hyperparameters").deepCopy());
    d.set("data_config", request.path("data_config").deepCopy());
    d.set("output_config", request.path("output_config").deepCopy());
    d.put("max_run_time", maxRunTime.toString());
    var names = d.putArray("checkpoints");
    checkpoints.keySet().forEach(names::add);
    if (withMetrics) {
      d.set("metrics", epoch == 0 ? Json.object() : metrics(epoch));
    }
    if (withLogs) {
      d.set("logs", Logs.tail(logs, logLines));
    }
    return d;
  }
}
