package ai.pyromind.pyro.cli.train.watch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code train watch} leaves on the normal screen when the live view closes. */
class WatchSummaryTest {
  private static WatchState failedJob() throws Exception {
    WatchState state = new WatchState();
    List<String> log = new ArrayList<>();
    for (int epoch = 1; epoch <= 6; epoch++) {
      log.add("2024-01-05T00:00:0" + epoch + "Z - Epoch " + epoch + "/10 - train_loss=0.5");
    }
    log.add("2024-01-05T00:00:07Z - Error: CUDA out of memory \u001b[2J\u001b]0;owned\u0007");
    state.update(
        Json.parse(
            "{\"job_id\":\"train_1\",\"name\":\"lander\",\"status\":\"failed\",\"progress\":60,"
                + "\"total_epochs\":10,\"current_epoch\":6,"
                + "\"metrics\":{\"train_loss\":0.5,\"reward_mean\":-4.7}}"),
        log,
        Instant.parse("2024-01-05T00:00:08Z"));
    return state;
  }

  @Test
  void theSummaryHasStatusEpochLastMetricsAndTheLastLogLinesSanitised() throws Exception {
    List<String> lines = WatchSummary.lines(failedJob(), 100, false);
    assertThat(lines)
        .containsExactly(
            "train_1  lander  failed  epoch 6/10  60%",
            "  train_loss 0.500  reward_mean -4.700",
            "  00:00:03  Epoch 3/10 - train_loss=0.5",
            "  00:00:04  Epoch 4/10 - train_loss=0.5",
            "  00:00:05  Epoch 5/10 - train_loss=0.5",
            "  00:00:06  Epoch 6/10 - train_loss=0.5",
            "  00:00:07  Error: CUDA out of memory ^[[2J^[]0;owned^G");
  }

  @Test
  void noLineIsWiderThanTheTerminal() throws Exception {
    assertThat(WatchSummary.lines(failedJob(), 30, true))
        .allSatisfy(
            line ->
                assertThat(line.replaceAll("\u001b\\[[0-9;]*m", "")).hasSizeLessThanOrEqualTo(30));
  }
}
