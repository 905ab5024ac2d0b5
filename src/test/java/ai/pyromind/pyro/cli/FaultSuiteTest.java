package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad servers against every kind of command: each fault gives its documented exit code and one
 * line, never a stack trace, never a hang past the time limit. The table in docs/faults.md is this
 * suite in words.
 */
class FaultSuiteTest extends CommandTest {
  private static final String BIG_GARBAGE = "x".repeat(24 * 1024 * 1024);

  enum Faults {
    CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 6),
    EMPTY_RESPONSE(aResponse().withFault(Fault.EMPTY_RESPONSE), 6),
    MALFORMED_CHUNK(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), 6),
    RANDOM_DATA_THEN_CLOSE(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), 6),
    STALL_PAST_TIMEOUT(aResponse().withStatus(200).withFixedDelay(5000).withBody("{}"), 6),
    HTML_502(
        aResponse()
            .withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><h1>502 Bad Gateway</h1></html>"),
        1),
    TRUNCATED_JSON(
        aResponse()
            .withStatus(200)
            .withBody("{\"code\":200,\"message\":\"ok\",\"data\":{\"sandbox_id\":\"sb"),
        1),
    RATE_LIMITED(
        aResponse()
            .withStatus(429)
            .withHeader("Retry-After", "1")
            .withBody(envelope(429, "rate limit exceeded", "null")),
        1),
    HUGE_BODY(aResponse().withStatus(200).withBody(BIG_GARBAGE), 1);

    final ResponseDefinitionBuilder answer;
    final int exit;

    Faults(ResponseDefinitionBuilder answer, int exit) {
      this.answer = answer;
      this.exit = exit;
    }
  }

  static Stream<Arguments> oneShotCommands() {
    List<Arguments> cases = new ArrayList<>();
    List<List<String>> commands =
        List.of(
            List.of("sandbox", "list"),
            List.of("train", "get", "train_1"),
            List.of("sandbox", "create", "box", "--type", "t", "--cpu", "1", "--memory", "1"));
    for (Faults fault : Faults.values()) {
      for (List<String> command : commands) {
        cases.add(Arguments.of(fault, command));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("oneShotCommands")
  void aFaultGivesItsExitCodeAndOneLine(Faults fault, List<String> command) {
    wm.stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(fault.answer));
    List<String> args = new ArrayList<>(command);
    // only the stall needs a short limit; a 24 MB body must not be cut off by it on a busy machine
    String limit = fault == Faults.STALL_PAST_TIMEOUT ? "500ms" : "10s";
    args.addAll(List.of("--request-timeout", limit, "--retries", "1"));
    Instant start = Instant.now();
    PyroRun.Result r = pyro().run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isEqualTo(fault.exit);
    assertThat(r.err().lines()).as(r.toString()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
  }

  static Stream<Arguments> longRunningCommands() {
    List<Arguments> cases = new ArrayList<>();
    List<List<String>> commands =
        List.of(
            List.of("train", "logs", "train_1", "-f", "--interval", "10ms"),
            List.of("train", "watch", "train_1", "--interval", "10ms"),
            List.of("train", "wait", "train_1", "--interval", "10ms"));
    for (Faults fault : Faults.values()) {
      for (List<String> command : commands) {
        cases.add(Arguments.of(fault, command));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} during {1}")
  @MethodSource("longRunningCommands")
  void followWatchAndWaitRideOutAFaultWithOneNotice(Faults fault, List<String> command) {
    // The fault lasts two requests: on a kept-alive connection that dies before answering, the
    // JDK client itself repeats a GET once (as curl and Go do), so one faulty answer goes unseen.
    wm.stubFor(
        any(urlPathMatching("/api/v1/training/jobs/train_1"))
            .inScenario("fault")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("still down")
            .willReturn(fault.answer));
    wm.stubFor(
        any(urlPathMatching("/api/v1/training/jobs/train_1"))
            .inScenario("fault")
            .whenScenarioStateIs("still down")
            .willSetStateTo("healed")
            .willReturn(fault.answer));
    wm.stubFor(
        any(urlPathMatching("/api/v1/training/jobs/train_1"))
            .inScenario("fault")
            .whenScenarioStateIs("healed")
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"success\",\"progress\":100,\"logs\":[\"2024-01-05T00:00:01Z - Training completed\"]}"))));
    List<String> args = new ArrayList<>(command);
    String limit = fault == Faults.STALL_PAST_TIMEOUT ? "500ms" : "10s";
    args.addAll(List.of("--request-timeout", limit, "--retries", "0"));
    PyroRun.Result r = pyro().run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .as(r.toString())
        .startsWith("lost contact with the server (")
        .doesNotContain("\tat ");
    assertThat(r.err().lines().filter(l -> l.startsWith("lost contact"))).hasSize(1);
  }
}
