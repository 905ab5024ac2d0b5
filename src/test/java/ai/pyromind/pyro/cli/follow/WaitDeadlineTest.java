package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code --timeout} bounds a wait or a follow whole: outages, stalls and retries included. */
class WaitDeadlineTest extends CommandTest {
  private static final String JOB = "/api/v1/training/jobs/train_1";
  private static final String RUNNING =
      envelope(200, "ok", "{\"job_id\":\"train_1\",\"status\":\"running\",\"logs\":[]}");

  /** Runs pyro, failing (not hanging) if it is still running after the limit. */
  private static PyroRun.Result within(Duration limit, PyroRun run, String... args) {
    long started = System.nanoTime();
    PyroRun.Result r = assertTimeoutPreemptively(limit.plusSeconds(20), () -> run.run(args));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as(r.toString()).isLessThan(limit);
    return r;
  }

  @Test
  void waitEndsAtTheTimeoutWhileTheServerIsDown() {
    PyroRun.Result r =
        within(
            Duration.ofSeconds(6),
            pyro().env("PYRO_API_URL", "http://127.0.0.1:1"),
            "sandbox",
            "wait",
            "sbx_1",
            "--timeout",
            "3s",
            "--interval",
            "100ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .startsWith("lost contact with the server (cannot connect to http://127.0.0.1:1")
        .endsWith(
            "error: timed out after 3s waiting for sbx_1 to reach running: the server was unreachable"
                + " for the last 3s (cannot connect to http://127.0.0.1:1 (is the server running?"
                + " check --api-url))\n");
  }

  @Test
  void waitEndsAtTheTimeoutWhenTheServerStallsLongerThanTheRequestTimeout() {
    wm.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson(RUNNING).withFixedDelay(8000)));
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
  }

  @Test
  void createWithWaitEndsAtTheTimeoutWhenTheServerStalls() {
    wm.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    envelope(
                        201, "created", "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}"))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(okJson(RUNNING).withFixedDelay(8000)));
    PyroRun.Result r =
        within(
            Duration.ofSeconds(4),
            pyro(),
            "sandbox",
            "create",
            "box",
            "--type",
            "t",
            "--cpu",
            "1",
            "--memory",
            "1",
            "--wait",
            "--timeout",
            "1s",
            "-o",
            "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo("sbx_1\n");
  }

  @Test
  void logsFollowStopsAtItsTimeoutWith8() {
    wm.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson(RUNNING)));
    PyroRun.Result r =
        within(
            Duration.ofSeconds(4),
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
  }

  @Test
  void logsFollowStopsAtItsTimeoutWhileTheServerIsDown() {
    PyroRun.Result r =
        within(
            Duration.ofSeconds(4),
            pyro().env("PYRO_API_URL", "http://127.0.0.1:1"),
            "train",
            "logs",
            "train_1",
            "-f",
            "--timeout",
            "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .startsWith(
            "error: timed out after 1s following train_1: the server was unreachable for the last 1s"
                + " (");
  }

  @Test
  void watchStopsAtItsTimeoutWith8() {
    wm.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson(RUNNING).withFixedDelay(8000)));
    PyroRun.Result r =
        within(Duration.ofSeconds(4), pyro(), "train", "watch", "train_1", "--timeout", "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 1s watching train_1: the server was unreachable for the last 1s"
                + " (no answer to the request in progress)\n");
  }

  @Test
  void timeoutWithoutFollowIsAUsageError() {
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "--timeout", "1s");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --timeout applies to a follow: add -f\n");
  }
}
