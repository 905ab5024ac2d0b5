package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A relative time ({@code +7d}, {@code -1d}) is sent in whole seconds, as the API document writes
 * every time ({@code 2024-01-15T00:00:00Z}), never with the clock's nanoseconds.
 */
class RelativeTimesTest extends CommandTest {
  private PyroRun atAFractionOfASecond() throws InterruptedException {
    PyroRun run = pyro();
    run.time().sleep(Duration.ofNanos(123_456_789));
    return run;
  }

  @Test
  void expiresIsSentInWholeSeconds() throws Exception {
    PyroRun.Result r =
        atAFractionOfASecond()
            .run(
                "sandbox",
                "create",
                "my-box",
                "--type",
                "gpu-sandbox",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--expires",
                "+7d",
                "--dry-run");
    r.assertSucceeded();
    assertThat(r.out()).contains("\"expire_time\":\"2024-01-12T00:00:00Z\"}'");
  }

  @Test
  void sinceIsSentInWholeSeconds() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .withQueryParam("start_time", equalTo("2024-01-04T00:00:00Z"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("20"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "training jobs listed successfully",
                        "{\"total\":0,\"page\":1,\"page_size\":20,\"jobs\":[]}"))));
    PyroRun.Result r = atAFractionOfASecond().run("train", "list", "--since", "-1d", "-o", "id");
    r.assertSucceeded();
    assertThat(r.out()).isEmpty();
  }
}
