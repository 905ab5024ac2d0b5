package ai.pyromind.pyro.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.follow.LogMerger;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/** Arbitrary windows and sizes: the merge never throws and never prints more than it was given. */
class LogMergerFuzzTest {
  @FuzzTest
  void arbitraryWindows(FuzzedDataProvider data) {
    LogMerger merger = new LogMerger(data.consumeInt(1, 10_000));
    long printed = 0;
    for (int poll = 0; poll < 20 && data.remainingBytes() > 0; poll++) {
      int requested = data.consumeBoolean() ? merger.requestSize() : data.consumeInt(1, 500);
      List<String> window = new ArrayList<>();
      int size = data.consumeInt(0, Math.min(requested, 300));
      for (int i = 0; i < size; i++) {
        window.add(data.consumeString(12));
      }
      LogMerger.Outcome outcome = merger.accept(window, requested);
      assertThat(outcome.lines().size()).isLessThanOrEqualTo(window.size());
      printed += outcome.lines().size();
      assertThat(merger.printed()).isEqualTo(printed);
    }
  }
}
