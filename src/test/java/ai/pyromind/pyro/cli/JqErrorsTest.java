package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

/** A --jq expression that does not compile, or fails on the result, is a usage error (exit 2). */
class JqErrorsTest extends CommandTest {
  private static final String ERROR_END =
      "\",\"http_status\":null,\"exit_code\":2,\"resource\":\"sbx_1\"}}\n";

  @Test
  void anExpressionThatDoesNotCompileFailsBeforeAnyRequest() {
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1", "--jq", ".[");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"invalid --jq expression: Cannot compile query: .["
                + ERROR_END);
  }

  @Test
  void anExpressionThatFailsOnTheResultPrintsNothingOnStdout() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.SANDBOX_DETAIL))));
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1", "--jq", ".name + 1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("{\"error\":{\"message\":\"--jq failed: ").endsWith(ERROR_END);
    assertThat(r.err().lines()).hasSize(1);
  }
}
