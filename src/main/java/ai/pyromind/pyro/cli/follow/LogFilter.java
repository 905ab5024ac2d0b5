package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.output.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Narrows a job's log lines, which start with an ISO time ({@code 2024-01-04T09:00:05Z - Epoch 1}):
 * drops lines before {@code since} (lines without a time pass), keeps those {@code grep} finds, and
 * strips the leading time when asked.
 */
public final class LogFilter {
  public static final LogFilter NONE = new LogFilter(null, null, false);
  private final Instant since;
  private final Pattern grep;
  private final boolean noTimestamps;

  public LogFilter(Instant since, Pattern grep, boolean noTimestamps) {
    this.since = since;
    this.grep = grep;
    this.noTimestamps = noTimestamps;
  }

  /** The lines to print, in order, as they are to be printed. */
  public List<String> apply(List<String> lines) {
    if (since == null && grep == null && !noTimestamps) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.size());
    for (String line : lines) {
      int end = timeEnd(line);
      Instant time = end < 0 ? null : Times.parse(line.substring(0, end));
      if (since != null && time != null && time.isBefore(since)) {
        continue;
      }
      if (grep != null && !grep.matcher(line).find()) {
        continue;
      }
      kept.add(noTimestamps && time != null ? withoutTime(line, end) : line);
    }
    return kept;
  }

  /** Where the leading time token ends (the first space), or -1 when the line has none. */
  private static int timeEnd(String line) {
    int space = line.indexOf(' ');
    int end = space < 0 ? line.length() : space;
    return end > 0 && Character.isDigit(line.charAt(0)) ? end : -1;
  }

  private static String withoutTime(String line, int end) {
    String rest = line.substring(end);
    return rest.startsWith(" - ") ? rest.substring(3) : rest.stripLeading();
  }
}
