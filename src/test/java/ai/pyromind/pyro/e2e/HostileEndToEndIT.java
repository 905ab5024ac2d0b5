package ai.pyromind.pyro.e2e;

import static ai.pyromind.pyro.testing.HostileServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.HostileServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built binary against a hostile server: what reaches stderr in a real process, where the
 * libraries' own loggers write too (an in-process run never sees their output).
 */
class HostileEndToEndIT {
  private static final String TOKEN = "pm_hostile_0123456789abcdef";
  @TempDir Path home;
  private HostileServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private PyroProcess pyro(HostileServer s) {
    server = s;
    return new PyroProcess(home).env("PYRO_API_URL", s.url()).env("PYRO_TOKEN", TOKEN);
  }

  @Test
  void aBodyStillComingAtTheRequestTimeoutEndsInOneLineWithoutAStackTrace() {
    String detail = "{\"sandbox_id\":\"sbx_1\",\"name\":\"" + "n".repeat(4000) + "\"}";
    PyroProcess pyro = pyro(HostileServer.always(ok(detail).drip(16, Duration.ofMillis(20))));
    PyroProcess.Result r = pyro.run("sandbox", "get", "sbx_1", "--request-timeout", "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(6);
    assertThat(r.err()).isEqualTo("error: request to " + server.url() + " timed out after 1s\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aGzippedBodyStillComingAtTheRequestTimeoutEndsInOneLineToo() {
    String detail = "{\"sandbox_id\":\"sbx_1\",\"name\":\"" + "n".repeat(4000) + "\"}";
    PyroProcess pyro =
        pyro(HostileServer.always(ok(detail).gzipped().drip(2, Duration.ofMillis(100))));
    PyroProcess.Result r = pyro.run("sandbox", "get", "sbx_1", "--request-timeout", "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(6);
    assertThat(r.err()).isEqualTo("error: request to " + server.url() + " timed out after 1s\n");
  }

  @Test
  void aGzipBombEndsInOneLine() {
    PyroProcess pyro = pyro(HostileServer.always(HostileServer.gzipBomb(8L << 20)));
    PyroProcess.Result r = pyro.env("PYRO_MAX_RESPONSE_MB", "1").run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: response too large: more than 1 MB from "
                + server.url()
                + " (raise the limit with PYRO_MAX_RESPONSE_MB)\n");
  }
}
