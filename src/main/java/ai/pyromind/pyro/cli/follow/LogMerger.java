package ai.pyromind.pyro.cli.follow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns successive tails of a job's log into each line exactly once, in order.
 *
 * <p>The API returns only the last {@code log_lines} lines. pyro asks for more lines than it has
 * printed plus some headroom, so an answer shorter than what was asked for is the whole log and the
 * new lines are found by count, exactly, however often lines repeat. An answer as long as what was
 * asked for means more lines arrived than the headroom: {@link #accept} then asks for a wider
 * window at once. Only past {@code maxLines} does it align a window with the last printed lines by
 * content, and it reports a gap when no overlap is found: then lines may really be missing.
 */
public final class LogMerger {
  private static final int MIN_HEADROOM = 100;
  private static final int RECENT = 1000;
  private final int maxLines;
  private long printed;
  private boolean countKnown = true;
  private int headroom = MIN_HEADROOM;
  private int widened;
  private final Deque<String> recent = new ArrayDeque<>();

  /**
   * What one answer gave: the new lines, whether lines may be missing before them, and whether to
   * ask again wider at once.
   */
  public record Outcome(List<String> lines, boolean gap, boolean retryWider) {}

  public LogMerger(int maxLines) {
    this.maxLines = maxLines;
  }

  /** How many lines to ask for in the next poll. */
  public int requestSize() {
    long wanted = countKnown ? printed + headroom + widened : RECENT + headroom + widened;
    return (int) Math.min(maxLines, Math.max(1, wanted));
  }

  /** Takes the answer to a poll that asked for {@code requested} lines. */
  public Outcome accept(List<String> window, int requested) {
    boolean complete = window.size() < requested;
    if (!complete && requested < maxLines) {
      widened = Math.max(widened * 4, headroom * 4);
      return new Outcome(List.of(), false, true);
    }
    widened = 0;
    List<String> fresh;
    boolean gap = false;
    if (complete && countKnown) {
      fresh =
          window.size() > printed
              ? new ArrayList<>(window.subList((int) printed, window.size()))
              : List.of();
    } else {
      int overlap = longestOverlap(window);
      fresh = new ArrayList<>(window.subList(overlap, window.size()));
      gap = overlap == 0 && !complete;
      countKnown = countKnown && complete;
    }
    printed += fresh.size();
    remember(fresh);
    headroom = Math.max(MIN_HEADROOM, 2 * fresh.size());
    return new Outcome(fresh, gap, false);
  }

  /** Lines printed so far. */
  public long printed() {
    return printed;
  }

  /** The largest k such that the window's first k lines are the last k printed lines. */
  private int longestOverlap(List<String> window) {
    List<String> last = new ArrayList<>(recent);
    for (int k = Math.min(window.size(), last.size()); k > 0; k--) {
      if (last.subList(last.size() - k, last.size()).equals(window.subList(0, k))) {
        return k;
      }
    }
    return 0;
  }

  private void remember(List<String> lines) {
    for (String line : lines) {
      recent.addLast(line);
      if (recent.size() > RECENT) {
        recent.removeFirst();
      }
    }
  }
}
