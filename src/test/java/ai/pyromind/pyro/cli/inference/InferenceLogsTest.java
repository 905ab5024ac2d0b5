package ai.pyromind.pyro.cli.inference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code inference logs}: what it asks for, what it prints and how it ends, with and without -f.
 */
class InferenceLogsTest extends CommandTest {
  private static final String JOB = "/api/v1/inference/inf_200003";
  private static final String STARTED = "2024-01-04T13:05:00Z - Inference started";
  private static final String ROWS = "2024-01-04T13:10:00Z - Processed 16000 rows";
  private static final String DONE = "2024-01-04T13:20:00Z - Wrote 32000 rows";

  private static ResponseDefinitionBuilder job(String status, String... lines) {
    String logs = String.join(",", List.of(lines).stream().map(l -> "\"" + l + "\"").toList());
    return okJson(
        envelope(
            200,
            "ok",
            "{\"job_id\":\"inf_200003\",\"name\":\"RL-Traffic-Control-Inference\",\"status\":\""
                + status
                + "\",\"logs\":["
                + logs
                + "]}"));
  }

  private static ResponseDefinitionBuilder notFound() {
    return aResponse().withStatus(404).withBody(envelope(404, "inference job not found", "null"));
  }

  private void answers(ResponseDefinitionBuilder... answers) {
    inTurn(() -> get(urlPathEqualTo(JOB)), answers);
  }

  private static void verifyAskedForLines(int times, String logLines) {
    wm.verify(
        times,
        getRequestedFor(urlPathEqualTo(JOB))
            .withQueryParam("include_logs", equalTo("true"))
            .withQueryParam("log_lines", equalTo(logLines)));
  }

  @Test
  void logsPrintsTheLast100LinesAndExits0() {
    answers(job("running", STARTED, ROWS));
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(STARTED + "\n" + ROWS + "\n");
    assertThat(r.err()).isEmpty();
    verifyAskedForLines(1, "100");
  }

  @Test
  void tailAsksForThatManyLines() {
    answers(job("running", ROWS));
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "--tail", "1");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(ROWS + "\n");
    assertThat(r.err()).isEmpty();
    verifyAskedForLines(1, "1");
  }

  @Test
  void jsonPrintsOneObjectPerLine() {
    answers(job("running", STARTED));
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "-o", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"job_id\":\"inf_200003\",\"time\":\"2024-01-04T13:05:00Z\","
                + "\"message\":\"Inference started\"}\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anUnknownJobIs3WithTheServersMessage() {
    answers(notFound());
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: inference job not found\n");
    verifyAskedForLines(1, "100");
  }

  @Test
  void followPrintsEachLineOnceAndExits0WhenTheJobSucceeds() {
    answers(
        job("running", STARTED),
        job("running", STARTED, ROWS),
        job("success", STARTED, ROWS, DONE));
    PyroRun run = pyro();
    PyroRun.Result r = run.run("inference", "logs", "inf_200003", "-f", "--interval", "5s");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(STARTED + "\n" + ROWS + "\n" + DONE + "\n");
    assertThat(r.err()).isEqualTo("✓ inf_200003 succeeded\n");
    wm.verify(3, getRequestedFor(urlPathEqualTo(JOB)));
    assertThat(run.time().slept()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void followEndsWith7WhenTheJobFails() {
    answers(job("running", STARTED), job("failed", STARTED, "boom"));
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "-f");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.out()).isEqualTo(STARTED + "\nboom\n");
    assertThat(r.err()).isEqualTo("error: inf_200003 failed\n");
  }

  @Test
  void followEndsWith7WhenTheJobIsDeletedMeanwhile() {
    answers(job("running", STARTED), notFound());
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "-f");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.out()).isEqualTo(STARTED + "\n");
    assertThat(r.err()).isEqualTo("error: inf_200003 was deleted\n");
  }

  @Test
  void followOfAnUnknownJobIs3() {
    answers(notFound());
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "-f");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: inference job not found\n");
  }

  @Test
  void followStopsAtItsTimeoutWith8() {
    answers(job("running", STARTED));
    PyroRun run = pyro();
    PyroRun.Result r =
        run.run("inference", "logs", "inf_200003", "-f", "--interval", "7s", "--timeout", "1m");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo(STARTED + "\n");
    assertThat(r.err())
        .isEqualTo("error: timed out after 1m following inf_200003 (it is running)\n");
    assertThat(run.time().slept()).isEqualTo(Duration.ofMinutes(1));
    // a poll every 7 s from 0 to 56 s, none after the deadline
    wm.verify(9, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void timeoutWithoutFollowIsAUsageErrorAndSendsNothing() {
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "--timeout", "1m");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: --timeout applies to a follow: add -f\n");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aTailBelowOneIsAUsageErrorAndSendsNothing() {
    PyroRun.Result r = pyro().run("inference", "logs", "inf_200003", "--tail", "0");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").contains("--tail");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
