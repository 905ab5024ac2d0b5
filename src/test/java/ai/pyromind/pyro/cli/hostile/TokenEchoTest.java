package ai.pyromind.pyro.cli.hostile;

import static ai.pyromind.pyro.testing.HostileServer.answer;
import static ai.pyromind.pyro.testing.HostileServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.HostileServer;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server or proxy that echoes the request back ("invalid header Bearer pm_..."): the token it was
 * sent never comes out of pyro, in an error, a --debug trace, a JSON error, a table or a body.
 */
@Timeout(60)
class TokenEchoTest {
  static final String TOKEN = "pm_echo_0123456789abcdef";
  @TempDir Path home;
  private HostileServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private PyroRun pyro(HostileServer s) {
    server = s;
    return new PyroRun(home).env("PYRO_API_URL", s.url()).env("PYRO_TOKEN", TOKEN);
  }

  private static HostileServer echoingError(int status) {
    return HostileServer.start(
        request ->
            answer(status)
                .body(
                    "{\"code\":"
                        + status
                        + ",\"message\":\"invalid header "
                        + request.header("Authorization")
                        + "\",\"data\":null}"));
  }

  @Test
  void anErrorMessageEchoingTheTokenShowsItMasked() {
    PyroRun.Result r = pyro(echoingError(400)).run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: invalid header Bearer ***\n");
    assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void aJsonErrorAndTheDebugTraceShowItMaskedToo() {
    PyroRun.Result json = pyro(echoingError(401)).run("sandbox", "get", "sbx_1", "-o", "json");
    assertThat(json.code()).as(json.toString()).isEqualTo(5);
    assertThat(json.err()).contains("invalid header Bearer ***").doesNotContain(TOKEN);
    PyroRun.Result debug = pyro(echoingError(500)).run("sandbox", "get", "sbx_1", "--debug");
    assertThat(debug.code()).as(debug.toString()).isEqualTo(1);
    assertThat(debug.err()).contains("invalid header Bearer ***").doesNotContain(TOKEN);
  }

  @Test
  void dataEchoingTheTokenShowsItMaskedInTablesAndBodies() {
    PyroRun pyro =
        pyro(
            HostileServer.start(
                request ->
                    ok(
                        "{\"sandbox_id\":\"sbx_1\",\"name\":\"seen "
                            + request.header("Authorization")
                            + "\",\"status\":\"running\"}")));
    PyroRun.Result table = pyro.run("sandbox", "get", "sbx_1");
    assertThat(table.code()).as(table.toString()).isZero();
    assertThat(table.out()).contains("seen Bearer ***").doesNotContain(TOKEN);
    PyroRun.Result api = pyro.run("api", "/sandboxes/sbx_1", "--debug");
    assertThat(api.code()).as(api.toString()).isZero();
    assertThat(api.out()).contains("seen Bearer ***").doesNotContain(TOKEN);
    assertThat(api.err()).doesNotContain(TOKEN);
  }

  @Test
  void aRedirectEchoingTheTokenShowsItMasked() {
    PyroRun.Result r =
        pyro(HostileServer.always(
                answer(302).header("Location", "https://elsewhere.example/?t=" + TOKEN)))
            .run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("https://elsewhere.example/?t=***").doesNotContain(TOKEN);
  }
}
