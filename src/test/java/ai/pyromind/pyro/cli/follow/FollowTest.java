package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowTest extends CommandTest {
  private static final String JOB = "/api/v1/training/jobs/train_1";

  private static List<String> lines(int from, int to) {
    List<String> lines = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      lines.add("2024-01-05T00:00:" + String.format("%02d", i % 60) + "Z - Epoch " + i + "/300");
    }
    return lines;
  }

  private static ResponseDefinitionBuilder job(String status, List<String> logs) {
    ObjectNode data = Json.object();
    data.put("job_id", "train_1");
    data.put("status", status);
    data.put("current_epoch", logs.size());
    ArrayNode array = data.putArray("logs");
    logs.forEach(array::add);
    return okJson(envelope(200, "ok", data.toString()));
  }

  private ScenarioMappingBuilder poll(String state, String next) {
    ScenarioMappingBuilder m =
        get(urlPathEqualTo(JOB))
            .withQueryParam("include_logs", equalTo("true"))
            .inScenario("follow")
            .whenScenarioStateIs(state);
    return next == null ? m : m.willSetStateTo(next);
  }

  @Test
  void logsWithoutFollowPrintsTheTail() {
    wm.stubFor(
        get(urlPathEqualTo(JOB))
            .withQueryParam("include_logs", equalTo("true"))
            .withQueryParam("log_lines", equalTo("2"))
            .willReturn(job("running", lines(9, 10))));
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "--tail", "2");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(String.join("\n", lines(9, 10)) + "\n");
  }

  @Test
  void followPrintsEveryLineOnceAndExits0OnSuccess() {
    wm.stubFor(poll(STARTED, "2").willReturn(job("running", lines(1, 3))));
    wm.stubFor(poll("2", "3").willReturn(job("running", lines(1, 3))));
    wm.stubFor(poll("3", null).willReturn(job("success", lines(1, 5))));
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(String.join("\n", lines(1, 5)) + "\n");
    assertThat(r.err()).isEqualTo("✓ train_1 succeeded\n");
  }

  @Test
  void aStreamThatOutpacesOnePollWidensTheWindowAtOnceAndLosesNothing() {
    wm.stubFor(
        poll(STARTED, "2")
            .withQueryParam("log_lines", equalTo("100"))
            .willReturn(job("running", lines(1, 40))));
    // 250 lines arrived: a window of 140 is full, so pyro must ask again, wider, at once
    wm.stubFor(
        poll("2", "3")
            .withQueryParam("log_lines", equalTo("140"))
            .willReturn(job("running", lines(111, 250))));
    wm.stubFor(
        poll("3", null)
            .withQueryParam("log_lines", matching("[0-9]{3,}"))
            .willReturn(job("success", lines(1, 250))));
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out().lines()).containsExactlyElementsOf(lines(1, 250));
    assertThat(r.err()).doesNotContain("missing");
  }

  @Test
  void followRidesOut502sAndResetsWithOneNotice() {
    wm.stubFor(poll(STARTED, "2").willReturn(job("running", lines(1, 2))));
    wm.stubFor(poll("2", "3").willReturn(aResponse().withStatus(502).withBody("<html>502</html>")));
    wm.stubFor(poll("3", "4").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(poll("4", null).willReturn(job("success", lines(1, 4))));
    // --retries 0: the follow itself, not the client's retries, must ride the outage out
    PyroRun.Result r =
        pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms", "--retries", "0");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(String.join("\n", lines(1, 4)) + "\n");
    assertThat(r.err())
        .isEqualTo(
            "lost contact with the server (unexpected response from the server (HTTP 502, an HTML page)); retrying\n"
                + "back in contact with the server\n✓ train_1 succeeded\n");
  }

  @Test
  void pauseAndResumeAreToldOnStderr() {
    wm.stubFor(poll(STARTED, "2").willReturn(job("running", lines(1, 2))));
    wm.stubFor(poll("2", "3").willReturn(job("paused", lines(1, 3))));
    wm.stubFor(poll("3", "4").willReturn(job("running", lines(1, 4))));
    wm.stubFor(poll("4", null).willReturn(job("success", lines(1, 5))));
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo("job paused at epoch 3\njob resumed at epoch 4\n✓ train_1 succeeded\n");
    assertThat(r.out().lines()).containsExactlyElementsOf(lines(1, 5));
  }

  @Test
  void aFailedJobEndsTheFollowWith7() {
    wm.stubFor(poll(STARTED, "2").willReturn(job("running", lines(1, 2))));
    wm.stubFor(
        poll("2", null)
            .willReturn(
                job(
                    "failed",
                    List.of(
                        "2024-01-05T00:00:01Z - Training started",
                        "2024-01-05T00:00:09Z - Error: out of memory"))));
    PyroRun.Result r =
        pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms", "--tail", "1");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: train_1 failed\n");
  }

  @Test
  void jsonPrintsOneObjectPerLine() {
    wm.stubFor(
        poll(STARTED, null)
            .willReturn(job("success", List.of("2024-01-05T00:00:01Z - Inference started"))));
    PyroRun.Result r =
        pyro().run("train", "logs", "train_1", "-f", "-o", "json", "--interval", "10ms");
    r.assertEnded(0, "✓ train_1 succeeded\n");
    assertThat(r.out())
        .isEqualTo(
            "{\"job_id\":\"train_1\",\"time\":\"2024-01-05T00:00:01Z\",\"message\":\"Inference started\"}\n");
  }

  @Test
  void jqFiltersEachLineObjectAsJqDoesAStream() {
    wm.stubFor(
        poll(STARTED, null)
            .willReturn(
                job(
                    "success",
                    List.of(
                        "2024-01-05T00:00:01Z - Epoch 1/2 - loss=0.5",
                        "2024-01-05T00:00:02Z - Epoch 2/2 - loss=0.4"))));
    PyroRun.Result r =
        pyro().run("train", "logs", "train_1", "-f", "--jq", ".message", "--interval", "10ms");
    r.assertEnded(0, "✓ train_1 succeeded\n");
    assertThat(r.out()).isEqualTo("Epoch 1/2 - loss=0.5\nEpoch 2/2 - loss=0.4\n");
    PyroRun.Result tail =
        pyro().run("train", "logs", "train_1", "--jq", "select(.message | test(\"2/2\")) | .time");
    tail.assertSucceeded();
    assertThat(tail.out()).isEqualTo("2024-01-05T00:00:02Z\n");
  }

  @Test
  void yamlPrintsEachLineAsAnItemOfOneYamlList() {
    wm.stubFor(
        poll(STARTED, null)
            .willReturn(
                job(
                    "success",
                    List.of("2024-01-05T00:00:01Z - Error: disk full", "- not a list: item"))));
    PyroRun.Result r =
        pyro().run("train", "logs", "train_1", "-f", "-o", "yaml", "--interval", "10ms");
    r.assertEnded(0, "✓ train_1 succeeded\n");
    assertThat(r.out())
        .isEqualTo(
            "- job_id: train_1\n"
                + "  time: \"2024-01-05T00:00:01Z\"\n"
                + "  message: \"Error: disk full\"\n"
                + "- job_id: train_1\n"
                + "  message: \"- not a list: item\"\n");
  }

  @Test
  void escapeSequencesInLogLinesAreNeutralised() {
    wm.stubFor(
        poll(STARTED, null)
            .willReturn(
                job("success", List.of("2024-01-05T00:00:01Z - \u001b]0;owned\u0007\u001b[2J"))));
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms");
    r.assertEnded(0, "✓ train_1 succeeded\n");
    assertThat(r.out()).isEqualTo("2024-01-05T00:00:01Z - ^[]0;owned^G^[[2J\n");
  }

  @Test
  void watchWithJsonPrintsOneObjectPerChangeWithItsNewLinesAndTakesJq() {
    String running =
        "{\"job_id\":\"train_1\",\"status\":\"running\",\"progress\":12,\"metrics\":{\"loss\":0.3},"
            + "\"logs\":[\"2024-01-05T00:00:12Z - Epoch 12/100\"]}";
    String done =
        "{\"job_id\":\"train_1\",\"status\":\"success\",\"progress\":100,\"metrics\":{\"loss\":0.1},"
            + "\"logs\":[\"2024-01-05T00:00:12Z - Epoch 12/100\",\"2024-01-05T00:01:40Z - Done\"]}";
    String[] states = {STARTED, "2", "3"};
    String[] answers = {running, running, done};
    for (int i = 0; i < 3; i++) {
      var stub =
          get(urlPathEqualTo(JOB))
              .withQueryParam("include_metrics", equalTo("true"))
              .inScenario("watch-json")
              .whenScenarioStateIs(states[i]);
      wm.stubFor(
          (i < 2 ? stub.willSetStateTo(states[i + 1]) : stub)
              .willReturn(okJson(envelope(200, "ok", answers[i]))));
    }
    PyroRun.Result r =
        pyro()
            .run(
                "train",
                "watch",
                "train_1",
                "--interval",
                "10ms",
                "--jq",
                "{status, progress, loss: .metrics.loss, logs}");
    r.assertEnded(0, "✓ train_1 succeeded\n");
    assertThat(r.out())
        .isEqualTo(
            "{\"status\":\"running\",\"progress\":12,\"loss\":0.3,\"logs\":[\"2024-01-05T00:00:12Z - Epoch"
                + " 12/100\"]}\n"
                + "{\"status\":\"success\",\"progress\":100,\"loss\":0.1,\"logs\":[\"2024-01-05T00:01:40Z"
                + " - Done\"]}\n");
  }

  @Test
  void watchWithoutATerminalPrintsOneLinePerChangeAndTheNewLogLines() {
    wm.stubFor(
        get(urlPathEqualTo(JOB))
            .withQueryParam("include_metrics", equalTo("true"))
            .inScenario("watch")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("2")
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"running\",\"progress\":12,\"total_epochs\":100,\"current_epoch\":12,"
                            + "\"metrics\":{\"train_loss\":0.331,\"val_loss\":0.412,\"reward_mean\":120.5},\"logs\":[\"2024-01-05T00:00:12Z - Epoch 12/100\"]}"))));
    wm.stubFor(
        get(urlPathEqualTo(JOB))
            .withQueryParam("include_metrics", equalTo("true"))
            .inScenario("watch")
            .whenScenarioStateIs("2")
            .willSetStateTo("3")
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"running\",\"progress\":12,\"total_epochs\":100,\"current_epoch\":12,"
                            + "\"metrics\":{\"train_loss\":0.331,\"val_loss\":0.412,\"reward_mean\":120.5},\"logs\":[\"2024-01-05T00:00:12Z - Epoch 12/100\"]}"))));
    wm.stubFor(
        get(urlPathEqualTo(JOB))
            .withQueryParam("include_metrics", equalTo("true"))
            .inScenario("watch")
            .whenScenarioStateIs("3")
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"success\",\"progress\":100,\"total_epochs\":100,\"current_epoch\":100,"
                            + "\"metrics\":{\"train_loss\":0.05,\"val_loss\":0.07,\"reward_mean\":300.0},"
                            + "\"logs\":[\"2024-01-05T00:00:12Z - Epoch 12/100\",\"2024-01-05T00:01:40Z - Training completed\"]}"))));
    PyroRun.Result r = pyro().run("train", "watch", "train_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "epoch 12/100 12% train_loss=0.331 val_loss=0.412 reward_mean=120.5\n"
                + "2024-01-05T00:00:12Z - Epoch 12/100\n"
                + "epoch 100/100 100% train_loss=0.05 val_loss=0.07 reward_mean=300.0\n"
                + "2024-01-05T00:01:40Z - Training completed\n");
    assertThat(r.err()).isEqualTo("✓ train_1 succeeded\n");
    wm.verify(3, getRequestedFor(urlPathEqualTo(JOB)));
  }
}
