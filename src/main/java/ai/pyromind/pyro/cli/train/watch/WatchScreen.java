package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.DisplayWidth;
import ai.pyromind.pyro.output.Sanitizer;
import ai.pyromind.pyro.output.Styles;
import ai.pyromind.pyro.output.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws the live view of a training job as lines that fit a terminal of a given size. */
final class WatchScreen {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";
  private static final String PARTIAL = " ▏▎▍▌▋▊▉";

  private WatchScreen() {}

  static List<String> render(WatchState s, int width, int height, Instant now, boolean color) {
    List<String> lines = new ArrayList<>();
    JsonNode job = s.job;
    String name = Sanitizer.line(job.path("name").asText());
    String id = Sanitizer.line(job.path(ResourceKind.TRAINING_JOB.idField()).asText());
    String status = Sanitizer.line(job.path("status").asText());
    String right =
        status
            + " · "
            + Sanitizer.line(job.path("training_framework").asText("?"))
            + " · "
            + Sanitizer.line(job.path("model_name").asText("?"));
    lines.add(fit(" " + Styles.bold(name, color) + "  " + id, " " + right, width, color, status));
    lines.add(
        fit(
            " "
                + bar(s.progress(), Math.max(10, Math.min(50, width - 40)))
                + "  "
                + (int) s.progress()
                + "%"
                + epoch(s)
                + "   ETA "
                + eta(s, now),
            "",
            width,
            false,
            null));
    int nameWidth = 12;
    for (Map.Entry<String, List<Double>> m : s.metrics.entrySet()) {
      List<Double> h = m.getValue();
      double latest = h.get(h.size() - 1);
      String delta =
          h.size() < 2
              ? ""
              : (latest < h.get(h.size() - 2) ? "▼" : latest > h.get(h.size() - 2) ? "▲" : "=")
                  + number(Math.abs(latest - h.get(h.size() - 2)));
      String head =
          String.format(
              Locale.ROOT,
              " %s %9s  %-9s ",
              DisplayWidth.padRight(Sanitizer.line(m.getKey()), nameWidth),
              number(latest),
              delta);
      lines.add(clip(head + sparkline(h, Math.max(0, width - DisplayWidth.of(head))), width));
    }
    lines.add(clip(" " + usage(job.path("resource_usage")), width));
    lines.add("─".repeat(Math.max(0, width)));
    int room = Math.max(0, height - lines.size() - 1);
    List<String> log = s.log.subList(Math.max(0, s.log.size() - room), s.log.size());
    for (String line : log) {
      lines.add(clip(" " + shortLog(line), width));
    }
    while (lines.size() < height - 1) {
      lines.add("");
    }
    lines.add(clip(" q quit", width));
    return lines.subList(0, Math.min(lines.size(), Math.max(1, height)));
  }

  private static String epoch(WatchState s) {
    int epoch = s.epoch();
    if (epoch < 0) {
      return "";
    }
    return "   epoch " + epoch + (s.totalEpochs() > 0 ? "/" + s.totalEpochs() : "");
  }

  private static String eta(WatchState s, Instant now) {
    Duration eta = s.eta(now);
    return eta == null ? "—" : Times.compact(eta);
  }

  static String bar(double percent, int width) {
    double filled = Math.max(0, Math.min(100, percent)) * width / 100.0;
    int full = (int) filled;
    StringBuilder sb = new StringBuilder("█".repeat(full));
    if (full < width) {
      sb.append(PARTIAL.charAt((int) ((filled - full) * 8)));
      sb.append(" ".repeat(width - full - 1));
    }
    return sb.toString();
  }

  static String sparkline(List<Double> values, int width) {
    List<Double> shown = values.subList(Math.max(0, values.size() - width), values.size());
    double min = shown.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = shown.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (double v : shown) {
      int level =
          max == min ? 3 : (int) Math.round((v - min) / (max - min) * (SPARKS.length() - 1));
      sb.append(SPARKS.charAt(level));
    }
    return sb.toString();
  }

  private static String usage(JsonNode usage) {
    List<String> parts = new ArrayList<>();
    for (String key : new String[] {"gpu_used", "cpu_used", "memory_used"}) {
      if (usage.has(key)) {
        parts.add(
            key.substring(0, key.indexOf('_'))
                + " "
                + String.format(Locale.ROOT, "%.1f", usage.path(key).asDouble()));
      }
    }
    return parts.isEmpty() ? "resources: -" : String.join(" · ", parts);
  }

  static String shortLog(String line) {
    String clean = Sanitizer.line(line);
    int dash = clean.indexOf(" - ");
    Instant t = dash > 0 ? Times.parse(clean.substring(0, dash)) : null;
    return t == null ? clean : t.toString().substring(11, 19) + "  " + clean.substring(dash + 3);
  }

  static String number(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Left text and right text on one line, the right one flush with the edge when it fits. */
  private static String fit(String left, String right, int width, boolean color, String status) {
    int visible = visibleLength(left);
    int gap = width - visible - DisplayWidth.of(right);
    String styledRight =
        status == null
            ? right
            : right.replaceFirst(
                java.util.regex.Pattern.quote(status), Styles.status(status, color));
    return gap >= 1 ? left + " ".repeat(gap) + styledRight : clip(left + " " + right, width);
  }

  /** Terminal columns, colour codes aside: CJK and emoji take two (names, log lines). */
  private static int visibleLength(String s) {
    return DisplayWidth.of(s.replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  static String clip(String s, int width) {
    if (visibleLength(s) <= width) {
      return s;
    }
    String plain = s.replaceAll("\u001b\\[[0-9;]*m", "");
    return DisplayWidth.truncate(plain, Math.max(1, width), "…");
  }
}
