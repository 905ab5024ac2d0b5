package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.pyromind.pyro.testing.PyroRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code --timeout} bounds a wait or a follow whole: outages, stalls and retries included. Pauses
 * pass in simulated time; a stalled request is waited for for real, up to the deadline.
 */
class WaitDeadlineTest extends WaitCommandTest {
  private static final String JOB = "/api/v1/training/jobs/train_1";
  private static final String DOWN = "http://127.0.0.1:1";
  private static final int STALL_MS = 8000;

  /** Runs pyro, failing (not hanging) if it is still running after {@code realLimit}. */
  private PyroRun.Result within(Duration realLimit, PyroRun run, String... args) {
    long started = System.nanoTime();
    PyroRun.Result r = assertTimeoutPreemptively(realLimit.plusSeconds(20), () -> run(run, args));
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as(r.toString())
        .isLessThan(realLimit);
    return r;
  }

  @Test
  void waitEndsAtTheTimeoutWhileTheServerIsDown() {
    PyroRun.Result r =
        within(
            Duration.ofSeconds(2),
            pyro().env("PYRO_API_URL", DOWN),
            "sandbox",
            "wait",
            "sbx_1",
            "--timeout",
            "3s",
            "--interval",
            "100ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .startsWith("lost contact with the server (cannot connect to " + DOWN)
        .endsWith(
            "error: timed out after 3s waiting for sbx_1 to reach running: the server was unreachable"
                + " for the last 3s (cannot connect to "
                + DOWN
                + " (is the server running? check --api-url))\n");
    assertThat(r.out()).isEmpty();
    assertThat(waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void waitEndsAtTheTimeoutWhenTheServerStallsLongerThanTheRequestTimeout() {
    jobAnswers("train_1", job("train_1", "running").withFixedDelay(STALL_MS));
    PyroRun.Result r =
        within(
            Duration.ofSeconds(4),
            pyro(),
            "--request-timeout",
            "20s",
            "train",
            "wait",
            "train_1",
            "--timeout",
            "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 1s waiting for train_1 to reach success: the server was unreachable"
                + " for the last 1s (no answer to the request in progress)\n");
    assertThat(r.out()).isEmpty();
    assertThat(waited()).isEqualTo(Duration.ofSeconds(1));
    wm.verify(1, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void createWithWaitEndsAtTheTimeoutWhenTheServerStalls() {
    sandboxCreated();
    sandboxAnswers(sandbox("running").withFixedDelay(STALL_MS));
    PyroRun.Result r =
        within(Duration.ofSeconds(4), pyro(), with(CREATE_SANDBOX, "--timeout", "1s", "-o", "id"));
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo("sbx_1\n");
    assertThat(r.err())
        .isEqualTo(
            "✓ created sbx_1 (pending)\n"
                + "error: timed out after 1s waiting for sbx_1 to reach running: the server was"
                + " unreachable for the last 1s (no answer to the request in progress)\n");
  }

  @Test
  void logsFollowStopsAtItsTimeoutWith8() {
    jobAnswers("train_1", job("train_1", "running"));
    PyroRun.Result r =
        within(
            Duration.ofSeconds(2),
            pyro(),
            "train",
            "logs",
            "train_1",
            "-f",
            "--interval",
            "50ms",
            "--timeout",
            "500ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo("error: timed out after 500ms following train_1 (it is running)\n");
    assertThat(r.out()).isEmpty();
    assertThat(waited()).isEqualTo(Duration.ofMillis(500));
  }

  /** The client's own retries outlast the second: the deadline passes inside the request. */
  @Test
  void logsFollowStopsAtItsTimeoutWhileTheServerIsDown() {
    PyroRun.Result r =
        within(
            Duration.ofSeconds(2),
            pyro().env("PYRO_API_URL", DOWN),
            "train",
            "logs",
            "train_1",
            "-f",
            "--timeout",
            "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 1s following train_1: the server was unreachable for the last 1s"
                + " (no answer to the request in progress)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void watchStopsAtItsTimeoutWith8() {
    jobAnswers("train_1", job("train_1", "running").withFixedDelay(STALL_MS));
    PyroRun.Result r =
        within(Duration.ofSeconds(4), pyro(), "train", "watch", "train_1", "--timeout", "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 1s watching train_1: the server was unreachable for the last 1s"
                + " (no answer to the request in progress)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void timeoutWithoutFollowIsAUsageError() {
    PyroRun.Result r = run("train", "logs", "train_1", "--timeout", "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --timeout applies to a follow: add -f\n");
    assertThat(r.out()).isEmpty();
  }
}
