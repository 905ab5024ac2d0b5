package ai.pyromind.pyro.cli.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The merge of successive tails against a model server that returns the last {@code log_lines}
 * lines of a growing log: bursts above and below one poll's worth, polls that come late, repeated
 * identical lines.
 */
class LogMergerProperties {
  /** Lines appended before each poll; an empty burst is a poll where nothing arrived. */
  @Provide
  Arbitrary<List<List<String>>> bursts() {
    Arbitrary<String> line =
        Arbitraries.of("Epoch done", "Saved checkpoint", "loss=0.1", "loss=0.1 ");
    Arbitrary<List<String>> burst =
        Arbitraries.oneOf(line.list().ofMaxSize(5), line.list().ofMinSize(90).ofMaxSize(700));
    return burst.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 300)
  void everyLineExactlyOnceInOrderWithoutGapsWhileWithinTheLimit(
      @ForAll("bursts") List<List<String>> bursts) {
    Run run = new Run(new LogMerger(100_000));
    for (List<String> burst : bursts) {
      run.log.addAll(burst);
      run.poll();
    }
    assertThat(run.printed).isEqualTo(run.log);
    assertThat(run.gaps).isZero();
  }

  @Provide
  Arbitrary<List<Integer>> burstSizes() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(0, 40), Arbitraries.integers().between(41, 400))
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  /**
   * Past the limit a window that shares no line with what was printed cannot tell "nothing lost"
   * from "lines lost": a gap is flagged whenever lines were lost, and only when the window did not
   * reach back to the printed lines, that is when lines really may be missing.
   */
  @Property(tries = 300)
  void pastTheLimitAGapIsFlaggedIfAndOnlyIfLinesMayBeLost(
      @ForAll("burstSizes") List<Integer> sizes, @ForAll @IntRange(min = 20, max = 200) int limit) {
    Run run = new Run(new LogMerger(limit));
    int next = 0;
    for (int size : sizes) {
      for (int i = 0; i < size; i++) {
        run.log.add(String.format("line %06d", next++));
      }
      int before = run.printed.size();
      long lostBefore = run.lost();
      int gapsBefore = run.gaps;
      run.poll();
      boolean lostNow = run.lost() > lostBefore;
      boolean flagged = run.gaps > gapsBefore;
      boolean windowMissedPrinted = run.lastWindowStart >= before;
      assertThat(flagged).as("flagged when lines were lost").isEqualTo(flagged || lostNow);
      assertThat(flagged)
          .as("flagged only when the window did not reach the printed lines")
          .isEqualTo(flagged && windowMissedPrinted && run.lastWindowFull);
      assertThat(run.printed.size()).isGreaterThanOrEqualTo(before);
    }
    assertThat(run.printed).as("in order, no line twice").isSorted().doesNotHaveDuplicates();
  }

  /** A follower polling a model server. */
  private static final class Run {
    final List<String> log = new ArrayList<>();
    final List<String> printed = new ArrayList<>();
    final LogMerger merger;
    int gaps;
    int lastWindowStart;
    boolean lastWindowFull;

    Run(LogMerger merger) {
      this.merger = merger;
    }

    void poll() {
      for (int attempt = 0; attempt < 20; attempt++) {
        int requested = merger.requestSize();
        lastWindowStart = Math.max(0, log.size() - requested);
        lastWindowFull = log.size() >= requested;
        List<String> window = new ArrayList<>(log.subList(lastWindowStart, log.size()));
        LogMerger.Outcome outcome = merger.accept(window, requested);
        if (outcome.retryWider()) {
          continue;
        }
        gaps += outcome.gap() ? 1 : 0;
        printed.addAll(outcome.lines());
        return;
      }
      throw new AssertionError("never settled");
    }

    /** Lines of the log before the last printed one that were never printed. */
    long lost() {
      if (printed.isEmpty()) {
        return 0;
      }
      int lastIndex = log.indexOf(printed.get(printed.size() - 1));
      return lastIndex + 1 - printed.size();
    }
  }
}
