package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.cli.follow.LogMerger;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code train watch} knows of a job: its latest details, metric histories and log. */
final class WatchState {
  private static final int HISTORY = 200;
  private static final int LOG_KEPT = 200;
  final LogMerger merger = new LogMerger(100_000);
  final Map<String, List<Double>> metrics = new LinkedHashMap<>();
  final List<String> log = new ArrayList<>();
  JsonNode job;
  private Instant firstSeen;
  private double firstProgress = -1;
  private String lastSummary;

  /** Takes one poll's answer; returns the new log lines. */
  List<String> update(JsonNode job, List<String> freshLines, Instant now) {
    this.job = job;
    if (firstSeen == null && job.path("status").asText().equals("running")) {
      firstSeen = now;
      firstProgress = progress();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = job.path("metrics").fields();
    boolean epochChanged = !summary().equals(lastSummary);
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> m = fields.next();
      if (!m.getValue().isNumber()) {
        continue;
      }
      List<Double> history = metrics.computeIfAbsent(m.getKey(), k -> new ArrayList<>());
      double value = m.getValue().asDouble();
      if (history.isEmpty() || epochChanged || history.get(history.size() - 1) != value) {
        history.add(value);
        if (history.size() > HISTORY) {
          history.remove(0);
        }
      }
    }
    log.addAll(freshLines);
    while (log.size() > LOG_KEPT) {
      log.remove(0);
    }
    return freshLines;
  }

  double progress() {
    return job.path("progress").asDouble(0);
  }

  /** The job's epoch count: {@code total_epochs}, else {@code hyperparameters.epochs}, or 0. */
  int totalEpochs() {
    return job.path("total_epochs").asInt(job.path("hyperparameters").path("epochs").asInt(0));
  }

  /** The current epoch: {@code current_epoch}, else derived from progress; -1 when unknown. */
  int epoch() {
    if (job.has("current_epoch")) {
      return job.path("current_epoch").asInt();
    }
    int total = totalEpochs();
    return total > 0 ? (int) Math.round(progress() * total / 100.0) : -1;
  }

  /** Time left at the rate progress has moved since the watch began, or null. */
  Duration eta(Instant now) {
    if (firstSeen == null || progress() <= firstProgress) {
      return null;
    }
    double perPercent = Duration.between(firstSeen, now).toMillis() / (progress() - firstProgress);
    return Duration.ofMillis((long) (perPercent * (100 - progress())));
  }

  /** One plain line: {@code epoch 12/100 12% train_loss=0.331 ...}. */
  String summary() {
    StringBuilder sb = new StringBuilder();
    int epoch = epoch();
    if (epoch >= 0) {
      sb.append("epoch ").append(epoch);
      if (totalEpochs() > 0) {
        sb.append('/').append(totalEpochs());
      }
      sb.append(' ');
    }
    sb.append((int) progress()).append('%');
    job.path("metrics")
        .fields()
        .forEachRemaining(
            m -> sb.append(' ').append(m.getKey()).append('=').append(m.getValue().asText()));
    return sb.toString();
  }

  /** Whether the summary changed since the last call. */
  boolean summaryChanged() {
    String now = summary();
    boolean changed = !now.equals(lastSummary);
    lastSummary = now;
    return changed;
  }
}
