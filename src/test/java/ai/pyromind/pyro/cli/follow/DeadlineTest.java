package ai.pyromind.pyro.cli.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.testing.PyroRun;
import ai.pyromind.pyro.testing.SimulatedTime;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --timeout} measured on the Env's clock, so it passes in simulated time too. */
class DeadlineTest {
  @TempDir Path home;

  private Env env;
  private SimulatedTime time;

  private Deadline after(Duration limit) {
    PyroRun run = new PyroRun(home);
    env = run.envForTests();
    time = run.time();
    return Deadline.after(limit, env);
  }

  private void pause(Duration d) {
    try {
      env.sleeper().sleep(d);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void itPassesWhenTheEnvsClockReachesItsEnd() throws Exception {
    Deadline deadline = after(Duration.ofMinutes(10));
    assertThat(deadline.passed()).isFalse();
    assertThat(deadline.cap(Duration.ofMinutes(4))).isEqualTo(Duration.ofMinutes(4));
    time.sleep(Duration.ofMinutes(8));
    assertThat(deadline.cap(Duration.ofMinutes(4))).isEqualTo(Duration.ofMinutes(2));
    time.sleep(Duration.ofMinutes(2));
    assertThat(deadline.passed()).isTrue();
    assertThat(deadline.cap(Duration.ofMinutes(4))).isZero();
  }

  @Test
  void aCallWhosePausesOutlastTheDeadlineCountsAsReached() {
    Deadline deadline = after(Duration.ofSeconds(1));
    assertThatThrownBy(
            () ->
                deadline.call(
                    () -> {
                      pause(Duration.ofSeconds(3)); // the client's retries, say
                      return "late";
                    }))
        .isInstanceOf(Deadline.Reached.class);
    assertThat(deadline.cut(env.clock().get())).isEqualTo(PyroRun.NOW.plusSeconds(1));
  }

  @Test
  void aCallThatAnswersInTimeReturnsItsResult() {
    Deadline deadline = after(Duration.ofSeconds(1));
    assertThat(deadline.call(() -> "on time")).isEqualTo("on time");
    assertThat(time.slept()).isZero();
  }

  @Test
  void aStalledCallIsAbandonedAtTheDeadlineAndThatTimeCounts() {
    Deadline deadline = after(Duration.ofMillis(200));
    assertThatThrownBy(
            () ->
                deadline.call(
                    () -> {
                      try {
                        Thread.sleep(10_000); // a server that never answers: real time
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return "never";
                    }))
        .isInstanceOf(Deadline.Reached.class);
    assertThat(time.slept()).isEqualTo(Duration.ofMillis(200));
    assertThat(deadline.passed()).isTrue();
  }

  @Test
  void noLimitNeverPasses() {
    Deadline none = after(null);
    assertThat(none.passed()).isFalse();
    assertThat(none.cap(Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
  }
}
