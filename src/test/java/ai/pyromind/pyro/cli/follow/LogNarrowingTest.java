package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code logs --since/--grep/--no-timestamps}, with and without {@code -f}. */
class LogNarrowingTest extends CommandTest {
  private static final List<String> LOG =
      List.of(
          "2024-01-04T23:40:00Z - Epoch 1 - loss=0.9",
          "2024-01-04T23:55:00Z - Epoch 2 - loss=0.5",
          "checkpoint saved",
          "2024-01-04T23:58:00+00:00 - ERROR disk slow");

  private static ResponseDefinitionBuilder job(String status, List<String> logs) {
    ObjectNode data = Json.object();
    data.put("job_id", "x");
    data.put("status", status);
    ArrayNode array = data.putArray("logs");
    logs.forEach(array::add);
    return okJson(envelope(200, "ok", data.toString()));
  }

  private void stubTail(String path) {
    wm.stubFor(
        get(urlPathEqualTo(path))
            .withQueryParam("include_logs", equalTo("true"))
            .withQueryParam("log_lines", equalTo("100"))
            .willReturn(job("running", LOG)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 10m before 2024-01-05T00:00Z: the 23:40 line goes, the line without a time stays
        "--since 10m                     | 1,2,3",
        "--since 2024-01-04T23:56:00Z    | 2,3",
        "--since -1h                     | 0,1,2,3",
        "--grep loss=                    | 0,1",
        "--grep (?i)error                | 3",
        "--grep ^checkpoint              | 2",
        "--since 10m --grep loss         | 1",
      })
  void trainLogsKeepOnlyTheLinesAsked(String flags, String kept) {
    stubTail("/api/v1/training/jobs/train_1");
    String[] args = ("train logs train_1 " + flags.trim()).split(" +");
    PyroRun.Result r = pyro().run(args);
    assertThat(r.code()).as(r.toString()).isZero();
    StringBuilder expected = new StringBuilder();
    for (String i : kept.split(",")) {
      expected.append(LOG.get(Integer.parseInt(i))).append('\n');
    }
    assertThat(r.out()).isEqualTo(expected.toString());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void noTimestampsStripsTheLeadingTimeOnATerminalAndPiped() {
    stubTail("/api/v1/inference/inf_1");
    String expected = "Epoch 1 - loss=0.9\nEpoch 2 - loss=0.5\ncheckpoint saved\nERROR disk slow\n";
    assertThat(pyro().run("inference", "logs", "inf_1", "--no-timestamps").assertSucceeded().out())
        .isEqualTo(expected);
    assertThat(
            pyro()
                .terminal()
                .run("inference", "logs", "inf_1", "--no-timestamps")
                .assertSucceeded()
                .out())
        .isEqualTo(expected);
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/inference/inf_1")));
  }

  @Test
  void jsonLinesWithoutTimestampsHaveNoTimeField() {
    stubTail("/api/v1/inference/inf_1");
    PyroRun.Result r =
        pyro().run("inference", "logs", "inf_1", "--grep", "disk", "--no-timestamps", "-o", "json");
    r.assertSucceeded();
    assertThat(r.out()).isEqualTo("{\"job_id\":\"inf_1\",\"message\":\"ERROR disk slow\"}\n");
  }

  @Test
  void followFiltersEveryNewLineToo() {
    String path = "/api/v1/training/jobs/train_1";
    wm.stubFor(
        get(urlPathEqualTo(path))
            .withQueryParam("include_logs", equalTo("true"))
            .inScenario("f")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("2")
            .willReturn(job("running", LOG.subList(0, 2))));
    wm.stubFor(
        get(urlPathEqualTo(path))
            .withQueryParam("include_logs", equalTo("true"))
            .inScenario("f")
            .whenScenarioStateIs("2")
            .willReturn(job("success", LOG)));
    PyroRun.Result r =
        pyro()
            .run(
                "train",
                "logs",
                "train_1",
                "-f",
                "--interval",
                "10ms",
                "--since",
                "10m",
                "--grep",
                "Epoch|disk",
                "--no-timestamps");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("Epoch 2 - loss=0.5\nERROR disk slow\n");
    assertThat(r.err()).isEqualTo("✓ train_1 succeeded\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--grep ( | error: invalid --grep regex '(': Unclosed group",
        "--since yesterday | error: invalid --since 'yesterday' (use a duration such as 10m or 2h,"
            + " or an ISO-8601 time such as 2024-01-15T10:00:00Z)",
        "--since 2024-13-01T00:00:00Z | error: invalid --since '2024-13-01T00:00:00Z' (use a"
            + " duration such as 10m or 2h, or an ISO-8601 time such as 2024-01-15T10:00:00Z)",
      })
  void aBadRegexOrTimeIsExit2AndNothingIsSent(String flags, String error) {
    for (String group : new String[] {"train logs train_1 -f ", "inference logs inf_1 "}) {
      PyroRun.Result r = pyro().run((group + flags).split(" "));
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo(error + "\n");
    }
  }
}
