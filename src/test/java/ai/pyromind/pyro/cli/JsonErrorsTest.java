package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors as one JSON object on stderr when a script asks for JSON. */
class JsonErrorsTest extends CommandTest {
  private void stubGet(int status, String message) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope(status, message, "null"))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "404 | sandbox not found | 3 | -o json",
        "409 | sandbox is busy   | 4 | --error-format json",
        "500 | internal error    | 1 | --jq .name",
        "404 | sandbox not found | 3 | --error-format=JSON -o table"
      })
  void anApiErrorIsOneJsonObject(int status, String message, int exit, String flags) {
    stubGet(status, message);
    String[] args = ("sandbox get sbx_1 " + flags).split(" ");
    PyroRun.Result r = pyro().run(args);
    assertThat(r.code()).isEqualTo(exit);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\""
                + message
                + "\",\"http_status\":"
                + status
                + ",\"exit_code\":"
                + exit
                + ",\"resource\":\"sbx_1\"}}\n");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_1")));
  }

  @Test
  void textStaysTheDefaultOnATerminalAndPiped() {
    stubGet(404, "sandbox not found");
    PyroRun.Result piped = pyro().run("sandbox", "get", "sbx_1");
    PyroRun.Result terminal = pyro().terminal().run("sandbox", "get", "sbx_1");
    for (PyroRun.Result r : new PyroRun.Result[] {piped, terminal}) {
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("error: sandbox not found\n");
    }
  }

  @Test
  void errorFormatTextWinsOverJsonOutput() {
    stubGet(404, "sandbox not found");
    PyroRun.Result r =
        pyro().run("sandbox", "get", "sbx_1", "-o", "json", "--error-format", "text");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: sandbox not found\n");
  }

  @Test
  void pyroOutputJsonFromTheEnvironmentAlsoMakesErrorsJson() {
    stubGet(404, "sandbox not found");
    PyroRun.Result r = pyro().env("PYRO_OUTPUT", "json").run("sandbox", "get", "sbx_1");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("{\"error\":{\"message\":\"sandbox not found\"");
  }

  @Test
  void aListErrorNamesTheGroupAsResource() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope(500, "internal error", "null"))));
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"internal error\",\"http_status\":500,\"exit_code\":1,"
                + "\"resource\":\"sandbox\"}}\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sandbox list --bogus -o json",
        "sandbox list -ojson --bogus",
        "--output=json sandbox list --bogus",
        "--error-format json sandbox list --limit x",
      })
  void aUsageErrorIsJsonAndNothingIsSent(String line) {
    PyroRun.Result r = pyro().run(line.split(" "));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("{\"error\":{\"message\":\"").endsWith("}}\n");
    assertThat(r.err())
        .contains("(see 'pyro sandbox list --help')\",\"http_status\":null,\"exit_code\":2");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aRefusedValueIsAUsageErrorInJson() {
    PyroRun.Result r = pyro().run("sandbox", "list", "--limit", "0", "-o", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"--limit must be at least 1\",\"http_status\":null,"
                + "\"exit_code\":2,\"resource\":\"sandbox\"}}\n");
  }

  @Test
  void aNetworkErrorIsJsonWithExit6() {
    PyroRun.Result r =
        pyro()
            .env("PYRO_API_URL", "http://127.0.0.1:1")
            .run("sandbox", "get", "sbx_1", "-o", "json");
    assertThat(r.code()).isEqualTo(6);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"cannot connect to http://127.0.0.1:1 (is the server running?"
                + " check --api-url)\",\"http_status\":null,\"exit_code\":6,\"resource\":\"sbx_1\"}}\n");
  }

  @Test
  void serverTextInTheMessageIsNeutralised() {
    stubGet(404, "gone\\u001b[2J");
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1", "--error-format", "json");
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\\u001b");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void eachFailedDeleteOfABatchIsItsOwnJsonLine() {
    for (String id : new String[] {"sbx_1", "sbx_2"}) {
      wm.stubFor(
          delete(urlPathEqualTo("/api/v1/sandboxes/" + id))
              .willReturn(
                  aResponse()
                      .withStatus(404)
                      .withHeader("Content-Type", "application/json")
                      .withBody(envelope(404, "sandbox not found", "null"))));
    }
    PyroRun.Result r =
        pyro().run("sandbox", "delete", "sbx_1", "sbx_2", "--yes", "--error-format", "json");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(
            "{\"error\":{\"message\":\"sbx_1: sandbox not found\",\"http_status\":404,"
                + "\"exit_code\":3,\"resource\":\"sbx_1\"}}",
            "{\"error\":{\"message\":\"sbx_2: sandbox not found\",\"http_status\":404,"
                + "\"exit_code\":3,\"resource\":\"sbx_2\"}}");
    wm.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_1")));
    wm.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_2")));
  }
}
