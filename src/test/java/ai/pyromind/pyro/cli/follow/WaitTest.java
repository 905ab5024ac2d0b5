package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.output.DisplayWidth;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code wait}: exit 0, 7 or 8 by what the server answers, in simulated time. */
class WaitTest extends WaitCommandTest {
  @Test
  void waitReturns0WhenTheStateIsReachedAndPrintsTheResource() {
    sandboxAnswers(sandbox("pending"), sandbox("pending"), sandbox("running"));
    PyroRun.Result r = run("sandbox", "wait", "sbx_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ sbx_1 is running\n");
    assertThat(r.out())
        .isEqualTo(
            "ID\tNAME\tSTATUS\tTYPE\tCPU\tMEM\tGPU\tCREATED\tEXPIRES\nsbx_1\tbox\trunning\t\t\t\t\t\t\n");
    // the last poll is what is shown: no extra GET after the wait
    wm.verify(3, getRequestedFor(urlEqualTo(SANDBOX)));
    // two pauses, the second twice the first (10% jitter each)
    assertThat(waited()).isBetween(Duration.ofMillis(27), Duration.ofMillis(33));
  }

  @Test
  void theProgressLineIsCutToTheTerminalInColumnsSoItNeverWraps() {
    // a line wider than the terminal wraps, and "\r\033[K" then clears only its last row
    String queued = "排队中".repeat(10);
    sandboxAnswers(sandbox(queued), sandbox("running"));
    PyroRun.Result r =
        run(pyro().terminal().width(50), "sandbox", "wait", "sbx_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .startsWith("\r\u001b[K⠋ waiting for sbx_1 to reach running (排队中")
        .endsWith("\r\u001b[K✓ sbx_1 is running\n");
    String progress = r.err().split("\r\u001b\\[K")[1];
    assertThat(DisplayWidth.of(progress)).as(progress).isLessThanOrEqualTo(49);
  }

  @Test
  void theProgressLineIsCutToStderrsWidthWhenOnlyStderrIsATerminal() {
    // `pyro sandbox wait sbx_1 | tee log`: stdout piped, the progress still drawn on stderr
    String queued = "queued-".repeat(20);
    sandboxAnswers(sandbox(queued), sandbox("running"));
    PyroRun.Result r =
        run(
            pyro().stdoutTerminal(false).stderrTerminal(true).width(50),
            "sandbox",
            "wait",
            "sbx_1",
            "--interval",
            "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).startsWith("\r\u001b[K⠋ waiting for sbx_1 to reach running (queued-");
    String progress = r.err().split("\r\u001b\\[K")[1];
    assertThat(DisplayWidth.of(progress)).as(progress).isEqualTo(49);
  }

  @Test
  void waitEndsAt7AsSoonAsTheStateCannotCome() {
    sandboxAnswers(sandbox("pending"), sandbox("error"));
    PyroRun.Result r = run("sandbox", "wait", "sbx_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: sbx_1 is in error; it can no longer reach running\n");
    assertThat(r.out()).isEmpty();
    wm.verify(2, getRequestedFor(urlEqualTo(SANDBOX)));
  }

  @Test
  void waitForAJobEndsAt7WhenItFails() {
    jobAnswers("train_1", job("train_1", "running"), job("train_1", "failed"));
    PyroRun.Result r = run("train", "wait", "train_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: train_1 failed; it can no longer reach success\n");
    assertThat(r.out()).isEmpty();
    wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/training/jobs/train_1")));
  }

  @Test
  void waitTimesOutWith8AtExactlyItsTimeout() {
    sandboxAnswers(sandbox("pending"));
    PyroRun.Result r = run("sandbox", "wait", "sbx_1", "--interval", "20ms", "--timeout", "200ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 200ms waiting for sbx_1 to reach running (it is pending)\n");
    assertThat(r.out()).isEmpty();
    assertThat(waited()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void theDefaultsPollFromEvery2sSlowingToEvery16sForHalfAnHour() {
    sandboxAnswers(sandbox("pending"));
    long started = System.nanoTime();
    PyroRun.Result r = run("sandbox", "wait", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 30m waiting for sbx_1 to reach running (it is pending)\n");
    assertThat(waited()).isEqualTo(Duration.ofMinutes(30));
    // after 2 + 4 + 8 s, every 16 s (eight times the interval): about 115 polls, not 900
    int polls = wm.findAll(getRequestedFor(urlEqualTo(SANDBOX))).size();
    assertThat(polls).isBetween(111, 119);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void waitForDeletedSucceedsOnA404AfterTheResourceWasSeen() {
    sandboxAnswers(sandbox("running"), notFound("sandbox"));
    PyroRun.Result r = run("sandbox", "wait", "sbx_1", "--for", "deleted", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ sbx_1 was deleted\n");
    assertThat(r.out()).isEmpty();
    wm.verify(2, getRequestedFor(urlEqualTo(SANDBOX)));
  }

  @Test
  void aResourceDeletedWhileWaitedForIs7() {
    sandboxAnswers(sandbox("pending"), notFound("sandbox"));
    PyroRun.Result r = run("sandbox", "wait", "sbx_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: sbx_1 was deleted; it can no longer reach running\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownResourceIs3() {
    wm.stubFor(get(urlEqualTo("/api/v1/sandboxes/sbx_404")).willReturn(notFound("sandbox")));
    PyroRun.Result r = run("sandbox", "wait", "sbx_404", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: sandbox not found\n");
    assertThat(r.out()).isEmpty();
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sandboxes/sbx_404")));
  }

  @Test
  void waitRidesOut502sAndResetsWithOneNotice() {
    sandboxAnswers(
        sandbox("pending"),
        aResponse().withStatus(502).withBody("<html>bad gateway</html>"),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withStatus(503).withBody(envelope(503, "maintenance", "null")),
        sandbox("running"));
    // --retries 0: the wait itself, not the client's retries, must ride the outage out
    PyroRun.Result r =
        run("sandbox", "wait", "sbx_1", "--interval", "10ms", "-o", "id", "--retries", "0");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .startsWith(
            "lost contact with the server (unexpected response from the server (HTTP 502, an HTML page)); retrying\n")
        .endsWith("back in contact with the server\n✓ sbx_1 is running\n");
    assertThat(r.err().lines().filter(l -> l.startsWith("lost contact"))).hasSize(1);
    assertThat(r.out()).isEqualTo("sbx_1\n");
    wm.verify(5, getRequestedFor(urlEqualTo(SANDBOX)));
  }

  @Test
  void anInvalidStateIsAUsageError() {
    PyroRun.Result r = run("instance", "wait", "jp_1", "--for", "sleeping");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: invalid --for 'sleeping' (allowed: running, paused, stopped, error, deleted)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void createWithWaitBlocksUntilRunning() {
    sandboxCreated();
    sandboxAnswers(sandbox("pending"), sandbox("running"));
    PyroRun.Result r = run(with(CREATE_SANDBOX, "--interval", "10ms", "-o", "id"));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ created sbx_1 (pending)\n✓ sbx_1 is running\n");
    assertThat(r.out()).isEqualTo("sbx_1\n");
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/sandboxes"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"box\",\"sandbox_type\":\"t\",\"resource_config\":{\"cpu\":1,\"memory\":1}}")));
    wm.verify(2, getRequestedFor(urlEqualTo(SANDBOX)));
  }
}
