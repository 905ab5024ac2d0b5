package ai.pyromind.pyro.aot;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's training run (dist/build-dist.sh) must not write into the builder's home. */
class TrainingRunTest {
  @TempDir Path home;

  @Test
  void theIdCacheTheCommandsKeepStaysInTheRunsTemporaryHome() throws Exception {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      server.stubFor(
          get(urlPathEqualTo("/api/v1/sandboxes"))
              .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));
      ProcessBuilder builder =
          new ProcessBuilder(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Duser.home=" + home,
                  "-cp",
                  System.getProperty("java.class.path"),
                  TrainingRun.class.getName()));
      builder.environment().put("HOME", home.toString());
      builder.environment().remove("XDG_CACHE_HOME");
      builder.environment().put("PYRO_API_URL", server.baseUrl());
      builder.environment().put("PYRO_TOKEN", "pm_test_0123456789abcdef");
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(server.getAllServeEvents())
          .as("a list was answered, so there were ids to cache")
          .anyMatch(e -> e.getRequest().getUrl().startsWith("/api/v1/sandboxes?"));
      assertThat(home).isEmptyDirectory();
    } finally {
      server.stop();
    }
  }
}
