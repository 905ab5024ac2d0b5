package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

/**
 * The errors a command reports itself and then ends on (a wait ending badly or timing out, a
 * followed job deleted, a setting not set) are, with JSON errors, one object naming the exit code
 * the command ends with, as the errors the handler prints are.
 */
class JsonEndingsTest extends WaitCommandTest {
  private static String json(String message, int exit, String resource) {
    return "{\"error\":{\"message\":\""
        + message
        + "\",\"http_status\":null,\"exit_code\":"
        + exit
        + ",\"resource\":"
        + (resource == null ? "null" : "\"" + resource + "\"")
        + "}}\n";
  }

  @Test
  void aWaitThatCanNoLongerEndWellIs7InItsJson() {
    sandboxAnswers(sandbox("pending"), sandbox("error"));
    PyroRun.Result r = run("sandbox", "wait", "sbx_1", "--interval", "10ms", "-o", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(json("sbx_1 is in error; it can no longer reach running", 7, "sbx_1"));
  }

  @Test
  void aWaitThatTimesOutIs8InItsJson() {
    sandboxAnswers(sandbox("pending"));
    PyroRun.Result r =
        run(
            "sandbox",
            "wait",
            "sbx_1",
            "--interval",
            "10s",
            "--timeout",
            "1m",
            "--error-format",
            "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            json(
                "timed out after 1m waiting for sbx_1 to reach running (it is pending)",
                8,
                "sbx_1"));
  }

  @Test
  void aFailedJobWatchedByWaitIs7InItsJson() {
    jobAnswers("train_1", job("train_1", "running"), job("train_1", "failed"));
    PyroRun.Result r = run("train", "wait", "train_1", "--interval", "10ms", "-o", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.err())
        .isEqualTo(json("train_1 failed; it can no longer reach success", 7, "train_1"));
  }

  @Test
  void aFollowedJobDeletedMeanwhileIs7InItsJson() {
    inTurn(
        () -> get(urlPathEqualTo("/api/v1/inference/inf_1")),
        okJson(
            envelope(200, "ok", "{\"job_id\":\"inf_1\",\"status\":\"running\",\"logs\":[\"a\"]}")),
        notFound("inference job"));
    PyroRun.Result r = run("inference", "logs", "inf_1", "-f", "--error-format", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.out()).isEqualTo("a\n");
    assertThat(r.err()).isEqualTo(json("inf_1 was deleted", 7, "inf_1"));
  }

  @Test
  void aFollowThatTimesOutIs8InItsJson() {
    inTurn(
        () -> get(urlPathEqualTo("/api/v1/inference/inf_1")),
        okJson(envelope(200, "ok", "{\"job_id\":\"inf_1\",\"status\":\"running\",\"logs\":[]}")));
    PyroRun.Result r =
        run(
            "inference",
            "logs",
            "inf_1",
            "-f",
            "--interval",
            "7s",
            "--timeout",
            "1m",
            "-o",
            "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(json("timed out after 1m following inf_1 (it is running)", 8, "inf_1"));
  }

  @Test
  void aSettingNotSetIs1InItsJson() {
    PyroRun.Result r = run("config", "get", "color", "--error-format", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(json("color is not set in profile default", 1, null));
  }
}
