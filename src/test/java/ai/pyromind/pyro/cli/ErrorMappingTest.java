package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest extends CommandTest {
  private void stubList(int status, String body, String contentType) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withBody(body)));
  }

  @ParameterizedTest
  @CsvSource({
    "400, invalid status value (allowed: running/stopped/error), 2",
    "404, not found, 3",
    "409, conflict, 4",
    "500, internal error, 1",
    "503, maintenance, 1"
  })
  void eachStatusHasItsExitCodeAndTheServersMessage(int status, String message, int exit) {
    stubList(status, envelope(status, message, "null"), "application/json");
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.code()).isEqualTo(exit);
    assertThat(r.err()).isEqualTo("error: " + message + "\n");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"401", "403"})
  void refusedTokenIsExit5WithALoginHint(int status) {
    stubList(status, envelope(status, "invalid token", "null"), "application/json");
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err())
        .isEqualTo("error: invalid token (run `pyro auth login`, or set PYRO_TOKEN)\n");
  }

  @Test
  void noTokenIsExit5AndNothingIsSent() {
    PyroRun.Result r = pyro().env("PYRO_TOKEN", null).run("sandbox", "list");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err())
        .isEqualTo("error: not logged in: run `pyro auth login`, or set PYRO_TOKEN\n");
  }

  @Test
  void anHtmlPageFromAProxyNamesTheStatus() {
    stubList(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("error: unexpected response from the server (HTTP 502, an HTML page)\n");
  }

  @Test
  void anEmptyBodyNamesTheStatus() {
    stubList(200, "", "application/json");
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("error: unexpected response from the server (HTTP 200, an empty body)\n");
  }

  @Test
  void truncatedJsonNamesTheStatus() {
    stubList(
        200, "{\"code\":200,\"message\":\"ok\",\"data\":{\"total\":1,\"sandb", "application/json");
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: unexpected response from the server (HTTP 200, a body that is not valid JSON)\n");
  }

  @Test
  void aConnectionResetIsANetworkError() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.code()).isEqualTo(6);
    assertThat(r.err())
        .startsWith("error: connection to " + wm.baseUrl() + " failed: ")
        .doesNotContain("\tat ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aConnectionRefusedIsExit6() {
    PyroRun.Result r = pyro().env("PYRO_API_URL", "http://127.0.0.1:1").run("sandbox", "list");
    assertThat(r.code()).isEqualTo(6);
    assertThat(r.err())
        .isEqualTo(
            "error: cannot connect to http://127.0.0.1:1 (is the server running? check --api-url)\n");
  }

  @Test
  void aStallPastTheRequestTimeoutIsExit6() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(aResponse().withFixedDelay(3000).withBody("{}")));
    PyroRun.Result r = pyro().run("sandbox", "list", "--request-timeout", "300ms");
    assertThat(r.code()).isEqualTo(6);
    assertThat(r.err()).isEqualTo("error: request to " + wm.baseUrl() + " timed out after 300ms\n");
  }

  @Test
  void aStackTraceOnlyWithDebug() {
    PyroRun.Result plain = pyro().env("PYRO_API_URL", "http://127.0.0.1:1").run("sandbox", "list");
    assertThat(plain.err()).doesNotContain("at ai.pyromind");
    PyroRun.Result debug =
        pyro().env("PYRO_API_URL", "http://127.0.0.1:1").run("sandbox", "list", "--debug");
    assertThat(debug.err())
        .contains("at ai.pyromind")
        .endsWith(
            "error: cannot connect to http://127.0.0.1:1 (is the server running? check --api-url)\n");
  }

  @Test
  void badGlobalOptionsAreUsageErrors() {
    assertThat(pyro().run("sandbox", "list", "-o", "xml").err())
        .isEqualTo(
            "error: invalid output format 'xml' (allowed: table, wide, json, yaml, id,"
                + " custom-columns=SPEC, custom-columns-file=FILE)\n");
    assertThat(pyro().run("sandbox", "list", "--request-timeout", "soon").err())
        .isEqualTo("error: invalid duration 'soon' (use e.g. 90s, 5m, 1h30m, 7d or PT48H)\n");
    assertThat(pyro().run("sandbox", "list", "--api-url", "ftp://x").err())
        .isEqualTo("error: invalid API URL 'ftp://x' (expected http(s)://HOST[:PORT])\n");
    assertThat(pyro().run("sandbox", "list", "--color", "pink").code()).isEqualTo(2);
    PyroRun.Result unknown = pyro().run("sandbox", "frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().lines()).hasSize(1);
  }

  @Test
  void anApiUrlWithAQueryOrFragmentIsAUsageErrorBeforeAnythingIsSent() {
    // pyro appends /api/v1/... to the URL: after a query or fragment, that path would be lost
    String base = wm.baseUrl();
    for (String url : new String[] {base + "?tenant=1", base + "/#top", base + "?"}) {
      PyroRun.Result r = pyro().run("sandbox", "list", "--api-url", url);
      r.assertEnded(2, "error: invalid API URL '" + url + "' (expected http(s)://HOST[:PORT])\n");
    }
  }

  @Test
  void anApiUrlWithAPortNoSocketCanHaveIsAUsageError() {
    for (String url : new String[] {"http://127.0.0.1:99999", "https://example.com:65536"}) {
      PyroRun.Result r = pyro().run("sandbox", "list", "--api-url", url);
      r.assertEnded(2, "error: invalid API URL '" + url + "' (expected http(s)://HOST[:PORT])\n");
    }
    PyroRun.Result saved = pyro().run("config", "set", "api_url", "http://127.0.0.1:70000");
    saved.assertEnded(
        2, "error: invalid API URL 'http://127.0.0.1:70000' (expected http(s)://HOST[:PORT])\n");
    pyro()
        .run("config", "set", "api_url", "https://me:hunter2@example.com")
        .assertEnded(
            2,
            "error: the API URL holds a user name or password (USER:PASSWORD@): pyro signs in with"
                + " a token, take them out\n");
    assertThat(pyro().run("config", "list").out()).doesNotContain("hunter2");
  }

  @Test
  void aDurationNoClockCanHoldIsAUsageErrorNotACrash() {
    String tooLong = "error: invalid duration '999999999d' (at most 36500d, a hundred years)\n";
    pyro().run("sandbox", "list", "--request-timeout", "999999999d").assertEnded(2, tooLong);
    pyro()
        .run("sandbox", "wait", "sbx_1", "--timeout", "999999999d")
        .assertEnded(2, "error: --timeout: " + tooLong.substring("error: ".length()));
    pyro()
        .run("train", "logs", "train_1", "-f", "--timeout", "999999999d")
        .assertEnded(2, "error: --timeout: " + tooLong.substring("error: ".length()));
    pyro().run("config", "set", "request_timeout", "999999999d").assertEnded(2, tooLong);
  }

  @Test
  void globalOptionsAreAcceptedAnywhereOnTheLine() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(
                        envelope(
                            200,
                            "ok",
                            "{\"total\":0,\"page\":1,\"page_size\":20,\"sandboxes\":[]}"))));
    assertThat(pyro().run("-o", "json", "sandbox", "list").assertSucceeded().out())
        .isEqualTo("[]\n");
    assertThat(pyro().run("sandbox", "-o", "json", "list").assertSucceeded().out())
        .isEqualTo("[]\n");
    assertThat(pyro().run("sandbox", "list", "-o", "json").assertSucceeded().out())
        .isEqualTo("[]\n");
  }
}
