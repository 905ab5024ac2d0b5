package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After, proxies and request time limits, as a script in CI meets them. */
class NetworkBehaviourTest extends CommandTest {
  private static final String LIST = "/api/v1/sandboxes";

  /** Answers in order, one per request; the last one for ever. */
  private void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      var stub = request.get().inScenario("retry").whenScenarioStateIs(i == 0 ? STARTED : "s" + i);
      if (i < answers.length - 1) {
        stub = stub.willSetStateTo("s" + (i + 1));
      }
      wm.stubFor(stub.willReturn(answers[i]));
    }
  }

  private static ResponseDefinitionBuilder status(int code) {
    return aResponse().withStatus(code).withBody(envelope(code, "try later", "null"));
  }

  @Test
  void aGetIsRetriedOn503And502ThenSucceeds() {
    sequence(
        () -> get(urlPathEqualTo(LIST)),
        status(503),
        status(502),
        okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1)));
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "id");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_123456789\n");
    wm.verify(3, getRequestedFor(urlPathEqualTo(LIST)));
  }

  @Test
  void retriesStopAtTheLimitAndTheLastAnswerCounts() {
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(status(504)));
    PyroRun.Result r = pyro().run("sandbox", "list", "--retries", "2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: try later\n");
    wm.verify(3, getRequestedFor(urlPathEqualTo(LIST)));
    wm.resetRequests();
    PyroRun.Result none = pyro().env("PYRO_MAX_RETRIES", "0").run("sandbox", "list");
    assertThat(none.code()).isEqualTo(1);
    wm.verify(1, getRequestedFor(urlPathEqualTo(LIST)));
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    sequence(
        () -> get(urlPathEqualTo(LIST)),
        status(429).withHeader("Retry-After", "1"),
        okJson(Fixtures.sandboxPage(0, 1, 20)));
    PyroRun run = pyro();
    PyroRun.Result r = run.run("sandbox", "list", "-o", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(run.time().slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRetryAfterPastEveryRetryIsNotWaitedFor() {
    // a day away: three capped waits (90 s) cannot reach it, so waiting would only delay the error
    wm.stubFor(
        get(urlPathEqualTo(LIST)).willReturn(status(429).withHeader("Retry-After", "86400")));
    PyroRun run = pyro();
    PyroRun.Result r = run.run("sandbox", "list");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: try later\n");
    assertThat(run.time().slept()).isEqualTo(Duration.ZERO);
    wm.verify(1, getRequestedFor(urlPathEqualTo(LIST)));
  }

  @Test
  void aRetryAfterWithinTheRetriesIsWaitedForInCappedSteps() {
    sequence(
        () -> get(urlPathEqualTo(LIST)),
        status(503).withHeader("Retry-After", "60"),
        status(503).withHeader("Retry-After", "30"),
        okJson(Fixtures.sandboxPage(0, 1, 20)));
    PyroRun run = pyro();
    PyroRun.Result r = run.run("sandbox", "list");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(run.time().slept()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String inTwoSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            PyroRun.NOW.plusSeconds(2).atZone(ZoneOffset.UTC));
    sequence(
        () -> get(urlPathEqualTo(LIST)),
        status(503).withHeader("Retry-After", inTwoSeconds),
        okJson(Fixtures.sandboxPage(0, 1, 20)));
    PyroRun run = pyro();
    PyroRun.Result r = run.run("sandbox", "list");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(run.time().slept()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aPostIsNeverRepeatedAfterItWasSent() {
    wm.stubFor(post(urlEqualTo(LIST)).willReturn(status(503)));
    PyroRun.Result r =
        pyro().run("sandbox", "create", "box", "--type", "t", "--cpu", "1", "--memory", "1");
    assertThat(r.code()).isEqualTo(1);
    wm.verify(1, postRequestedFor(urlEqualTo(LIST)));
    wm.resetAll();
    wm.stubFor(
        post(urlEqualTo(LIST)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThat(
            pyro()
                .run("sandbox", "create", "box", "--type", "t", "--cpu", "1", "--memory", "1")
                .code())
        .isEqualTo(6);
    wm.verify(1, postRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void aPutIsRetriedAfterAConnectionReset() {
    sequence(
        () -> put(urlEqualTo("/api/v1/instances/jp_1")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        okJson(
            envelope(
                200,
                "instance updated successfully",
                "{\"instance_id\":\"jp_1\",\"name\":\"n\"}")));
    assertThat(pyro().run("instance", "edit", "jp_1", "--name", "n").code()).isZero();
    wm.verify(2, putRequestedFor(urlEqualTo("/api/v1/instances/jp_1")));
  }

  @Test
  void aDeleteWhoseRetryFindsNothingCountsAsDone() {
    sequence(
        () -> delete(urlEqualTo("/api/v1/sandboxes/sbx_1")),
        status(502),
        aResponse().withStatus(404).withBody(envelope(404, "sandbox not found", "null")));
    PyroRun.Result r = pyro().run("sandbox", "delete", "sbx_1", "-y");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ deleted sandbox sbx_1\n");
    wm.verify(2, deleteRequestedFor(urlEqualTo("/api/v1/sandboxes/sbx_1")));
  }

  @Test
  void aConnectionRefusedIsRetriedEvenForAPostThenReported() {
    Instant start = Instant.now();
    PyroRun.Result r =
        pyro()
            .env("PYRO_API_URL", "http://127.0.0.1:1")
            .run(
                "sandbox",
                "create",
                "box",
                "--type",
                "t",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--retries",
                "2",
                "--debug");
    assertThat(r.code()).isEqualTo(6);
    assertThat(r.err().lines().filter(l -> l.startsWith("! ")).count()).isEqualTo(2);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aServerThatSendsHeadersThenStallsIsCutOffAtTheRequestTimeout() {
    wm.stubFor(
        get(urlPathEqualTo(LIST))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))
                    .withChunkedDribbleDelay(5, 5000)));
    Instant start = Instant.now();
    PyroRun.Result r =
        pyro().run("sandbox", "list", "--request-timeout", "500ms", "--retries", "0");
    assertThat(r.code()).isEqualTo(6);
    assertThat(r.err()).isEqualTo("error: request to " + wm.baseUrl() + " timed out after 500ms\n");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void httpProxyIsHonouredAndNoProxyBypassesIt() {
    wm.stubFor(
        get(urlPathEqualTo(LIST))
            .withHost(equalTo("api.pyromind.test"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));
    PyroRun.Result viaProxy =
        pyro()
            .env("PYRO_API_URL", "http://api.pyromind.test")
            .env("http_proxy", wm.baseUrl())
            .run("--allow-insecure-http", "sandbox", "list", "-o", "id");
    assertThat(viaProxy.err()).as(viaProxy.toString()).isEmpty();
    assertThat(viaProxy.code()).as(viaProxy.toString()).isZero();
    assertThat(viaProxy.out()).isEqualTo("sbx_123456789\n");
    PyroRun.Result bypassed =
        pyro()
            .env("PYRO_API_URL", "http://127.0.0.1:1")
            .env("HTTP_PROXY", wm.baseUrl())
            .env("NO_PROXY", "localhost,127.0.0.1")
            .run("sandbox", "list", "--retries", "0");
    assertThat(bypassed.code()).as("NO_PROXY host goes direct, to a closed port").isEqualTo(6);
  }

  @Test
  void plainHttpRequestsAreHttp11WithoutAnH2cUpgrade() {
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(Fixtures.sandboxPage(0, 1, 20))));
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    wm.verify(
        getRequestedFor(urlPathEqualTo(LIST))
            .withoutHeader("Upgrade")
            .withoutHeader("HTTP2-Settings"));
  }
}
