package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.Sanitizer;
import ai.pyromind.pyro.output.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the live view leaves on the normal screen when it closes, so that the end of a job (and the
 * log line that explains a failure) stays in the terminal's scrollback.
 */
final class WatchSummary {
  static final int LOG_LINES = 5;

  private WatchSummary() {}

  static List<String> lines(WatchState s, int width, boolean color) {
    List<String> lines = new ArrayList<>();
    String status = Sanitizer.line(s.job.path("status").asText());
    String epoch = s.epoch() < 0 ? "" : "  epoch " + s.epoch() + total(s);
    lines.add(
        WatchScreen.clip(
            Styles.bold(
                    Sanitizer.line(s.job.path(ResourceKind.TRAINING_JOB.idField()).asText()), color)
                + "  "
                + Sanitizer.line(s.job.path("name").asText())
                + "  "
                + Styles.status(status, color)
                + epoch
                + "  "
                + (int) s.progress()
                + "%",
            width));
    StringBuilder metrics = new StringBuilder();
    for (Map.Entry<String, List<Double>> m : s.metrics.entrySet()) {
      List<Double> history = m.getValue();
      metrics
          .append("  ")
          .append(Sanitizer.line(m.getKey()))
          .append(' ')
          .append(WatchScreen.number(history.get(history.size() - 1)));
    }
    if (metrics.length() > 0) {
      lines.add(WatchScreen.clip(metrics.toString(), width));
    }
    List<String> log = s.log.subList(Math.max(0, s.log.size() - LOG_LINES), s.log.size());
    for (String line : log) {
      lines.add(WatchScreen.clip("  " + WatchScreen.shortLog(line), width));
    }
    return lines;
  }

  private static String total(WatchState s) {
    return s.totalEpochs() > 0 ? "/" + s.totalEpochs() : "";
  }
}
