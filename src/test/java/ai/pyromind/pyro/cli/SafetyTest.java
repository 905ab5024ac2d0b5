package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** Secrets stay secret, and server text never drives the terminal. */
class SafetyTest extends CommandTest {
  @Test
  void debugTracesRequestsWithoutTheTokenOrSecretFields() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.SANDBOX_DETAIL))));
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_987654321", "--debug", "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains("> GET " + wm.baseUrl() + "/api/v1/sandboxes/sbx_987654321")
        .contains("> Authorization: Bearer ***")
        .containsPattern("< 200 application/json \\(\\d+ ms\\)")
        .contains("\"password\":\"***\"")
        .doesNotContain(TOKEN)
        .doesNotContain("temp_123456");
    assertThat(r.out()).contains("temp_123456");
  }

  @Test
  void debugRedactsSecretsInRequestBodiesAndFromEnv() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes/sbx_1/actions"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"action\":\"run_script\",\"status\":\"completed\"}"))));
    PyroRun.Result r =
        pyro()
            .env("PYRO_DEBUG", "1")
            .run(
                "sandbox",
                "action",
                "sbx_1",
                "run_script",
                "--param",
                "path=/x.sh",
                "--param",
                "token=s3cr3t-value");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains("> {\"action\":\"run_script\"")
        .doesNotContain("s3cr3t-value")
        .doesNotContain(TOKEN);
  }

  @Test
  void errorMessagesNeverCarryTheToken() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse().withStatus(401).withBody(envelope(401, "invalid token", "null"))));
    PyroRun.Result r = pyro().run("sandbox", "list", "--debug");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out() + r.err()).doesNotContain(TOKEN);
  }

  @Test
  void escapeSequencesInServerTextDoNotReachTheTerminalRaw() {
    String evil =
        "{\"sandbox_id\":\"sbx_1\",\"name\":\"evil\\u001b[2J\\u001b]0;owned\\u0007\\u009b31m\",\"status\":\"running\"}";
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, evil))));
    PyroRun.Result onTerminal = pyro().terminal().run("sandbox", "list", "--color", "never");
    PyroRun.Result piped = pyro().run("sandbox", "list");
    for (PyroRun.Result r : new PyroRun.Result[] {onTerminal, piped}) {
      r.assertSucceeded();
      assertThat(r.out())
          .doesNotContain("\u001b")
          .doesNotContain("\u0007")
          .doesNotContain("\u009b");
      assertThat(r.out()).contains("evil^[[2J^[]0;owned^G\\u009b31m");
    }
  }

  @Test
  void escapeSequencesInErrorMessagesAreNeutralised() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(envelope(500, "bad\\u001b]0;title\\u0007", "null"))));
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.err()).isEqualTo("error: bad^[]0;title^G\n");
  }

  @Test
  void theConfigFileIs0600InA0700Folder() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes")).willReturn(okJson(Fixtures.sandboxPage(0, 1, 1))));
    Path dir = home.resolve("nested/pyro");
    PyroRun.Result r =
        pyro()
            .env("PYRO_TOKEN", null)
            .env("PYRO_CONFIG", dir.resolve("config.yaml").toString())
            .stdin(TOKEN + "\n")
            .run("auth", "login", "--with-token");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("config.yaml"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(r.out() + r.err()).doesNotContain(TOKEN);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"config set output json", "config use default", "sandbox list -o id"})
  void aConfigReadableByOthersIsWarnedAboutOnceARun(String line) throws Exception {
    if (line.startsWith("sandbox")) {
      wm.stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.get(
                  com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                      "/api/v1/sandboxes"))
              .willReturn(
                  com.github.tomakehurst.wiremock.client.WireMock.okJson(
                      ai.pyromind.pyro.testing.Fixtures.sandboxPage(0, 1, 100))));
    }
    Path config = home.resolve("config.yaml");
    Files.writeString(config, "profiles:\n  default:\n    output: table\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
    PyroRun.Result r = pyro().runLine(line);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("is accessible by others")))
        .as(r.toString())
        .hasSize(1);
  }

  @Test
  void aConfigReadableByOthersGetsAWarningNamingTheFix() throws Exception {
    Path config = home.resolve("config.yaml");
    Files.writeString(config, "profiles:\n  default:\n    output: json\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
    PyroRun.Result r = pyro().run("config", "get", "output");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("json\n");
    assertThat(r.err())
        .isEqualTo(
            "warning: config file "
                + config
                + " is accessible by others (rw-r--r--); fix it with: chmod 600 "
                + config
                + "\n");
  }
}
