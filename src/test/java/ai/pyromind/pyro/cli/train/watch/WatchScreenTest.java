package ai.pyromind.pyro.cli.train.watch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.output.DisplayWidth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live view of {@code train watch} with CJK and emoji in names, metrics and the log. */
class WatchScreenTest {
  private static final Instant NOW = Instant.parse("2024-01-05T00:00:08Z");

  private static WatchState job() throws Exception {
    WatchState state = new WatchState();
    state.update(
        Json.parse(
            "{\"job_id\":\"train_1\",\"name\":\"训练-🔥\",\"status\":\"running\","
                + "\"training_framework\":\"pytorch\",\"model_name\":\"模型\",\"progress\":50,"
                + "\"metrics\":{\"损失\":0.5,\"reward\":1.25}}"),
        List.of("2024-01-05T00:00:07Z - 第一轮训练完成，损失下降到零点五，奖励上升🔥🔥🔥🔥🔥"),
        NOW);
    return state;
  }

  @Test
  void noLineIsWiderThanTheTerminalInTerminalColumns() throws Exception {
    for (int width : new int[] {30, 41, 60}) {
      for (String line : WatchScreen.render(job(), width, 12, NOW, false)) {
        assertThat(DisplayWidth.of(line)).as(width + ": " + line).isLessThanOrEqualTo(width);
        assertThat(line.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2)
            .as("half an emoji: " + line)
            .isZero();
      }
    }
  }

  @Test
  void metricValuesLineUpWhateverScriptTheirNamesAreIn() throws Exception {
    List<String> lines = WatchScreen.render(job(), 60, 12, NOW, false);
    assertThat(lines.get(2)).startsWith(" 损失             0.500  ");
    assertThat(lines.get(3)).startsWith(" reward           1.250  ");
  }

  @Test
  void theRightOfTheTitleLineIsFlushWithTheEdge() throws Exception {
    String title = WatchScreen.render(job(), 60, 12, NOW, false).get(0);
    assertThat(title).startsWith(" 训练-🔥  train_1").endsWith("running · pytorch · 模型");
    assertThat(DisplayWidth.of(title)).isEqualTo(60);
  }
}
