package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroJvm;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server sends and what the viewer is given: a hostile server and a local attacker. */
class SandboxVncHostileTest extends CommandTest {
  private void stubVnc(String host, String port) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1/vnc"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"vnc_host\":"
                            + host
                            + ",\"vnc_port\":"
                            + port
                            + ",\"vnc_password\":\"temp_123456\"}"))));
  }

  /** A viewer that records its arguments, its environment and the password file it was given. */
  private Path fakeViewer(String afterwards) throws Exception {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path viewer = bin.resolve("vncviewer");
    Files.writeString(
        viewer,
        "#!/bin/sh\n"
            + "env > '"
            + home.resolve("env")
            + "'\n"
            + "printf '%s\\n' \"$@\" > '"
            + home.resolve("args.tmp")
            + "'\nmv '"
            + home.resolve("args.tmp")
            + "' '"
            + home.resolve("args")
            + "'\n"
            + afterwards);
    Files.setPosixFilePermissions(viewer, PosixFilePermissions.fromString("rwx------"));
    return bin;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"-via=-oProxyCommand=touch /tmp/pwned\"' | 5901 | host",
        "'\"via=evil.example\"'                     | 5901 | host",
        "'\"vnc.example -via x\"'                   | 5901 | host",
        "'\"\"'                                     | 5901 | host",
        "'null'                                     | 5901 | host",
        "'\"-1.2.3.4\"'                             | 5901 | host",
        "'\"vnc.pyromind.ai\"'                      | 0    | port",
        "'\"vnc.pyromind.ai\"'                      | 65536 | port",
        "'\"vnc.pyromind.ai\"'                      | '\"-5901\"' | port",
        "'\"vnc.pyromind.ai\"'                      | 5901.5 | port"
      })
  void aHostileAddressNeverReachesAViewer(String host, String port, String what) throws Exception {
    stubVnc(host, port);
    Path bin = fakeViewer("");
    PyroRun.Result r = pyro().env("PATH", bin + ":/usr/bin:/bin").run("sandbox", "vnc", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("error: refusing to start a VNC viewer: the server sent an invalid VNC " + what)
        .hasLineCount(1);
    assertThat(home.resolve("args")).doesNotExist();
  }

  @Test
  void anIpv6LiteralGoesToTheViewerInBrackets() throws Exception {
    stubVnc("\"fd00::1\"", "5901");
    Path bin = fakeViewer("");
    PyroRun.Result r = pyro().env("PATH", bin + ":/usr/bin:/bin").run("sandbox", "vnc", "sbx_1");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(home.resolve("args"))).endsWith("\n[fd00::1]::5901\n");
  }

  @Test
  void theViewerGetsNoPyroSecretInItsEnvironment() throws Exception {
    stubVnc("\"vnc.pyromind.ai\"", "5901");
    Path bin = fakeViewer("");
    PyroRun.Result r =
        pyro()
            .env("PATH", bin + ":/usr/bin:/bin")
            .env("PYRO_EMULATOR_TOKEN", "pm_local_secret")
            .env("LANG", "C.UTF-8")
            .run("sandbox", "vnc", "sbx_1");
    assertThat(r.code()).as(r.toString()).isZero();
    String env = Files.readString(home.resolve("env"));
    assertThat(env).doesNotContain(TOKEN).doesNotContain("pm_local_secret");
    assertThat(env).contains("LANG=C.UTF-8").contains("PYRO_CONFIG=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "HUP", "INT"})
  void thePasswordFileIsRemovedWhenPyroIsStoppedBy(String signal) throws Exception {
    stubVnc("\"vnc.pyromind.ai\"", "5901");
    Path bin = fakeViewer("echo $$ > '" + home.resolve("viewer.pid") + "'\nexec sleep 120\n");
    ProcessBuilder builder = new ProcessBuilder(PyroJvm.command("sandbox", "vnc", "sbx_1"));
    builder.environment().put("PATH", bin + ":/usr/bin:/bin");
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    builder.environment().put("PYRO_API_URL", wm.baseUrl());
    builder.environment().put("PYRO_TOKEN", TOKEN);
    builder.redirectErrorStream(true).redirectOutput(home.resolve("pyro.log").toFile());
    Process pyro = builder.start();
    try {
      Path passwordFile = Path.of(awaitLine(home.resolve("args"), 1));
      assertThat(passwordFile).exists();
      awaitLine(home.resolve("viewer.pid"), 0);
      new ProcessBuilder("kill", "-" + signal, Long.toString(pyro.pid())).start().waitFor();
      assertThat(pyro.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(passwordFile).doesNotExist();
      assertThat(passwordFile.getParent()).doesNotExist();
    } finally {
      pyro.destroyForcibly();
      if (Files.exists(home.resolve("viewer.pid"))) {
        long viewer = Long.parseLong(Files.readString(home.resolve("viewer.pid")).trim());
        ProcessHandle.of(viewer).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static String awaitLine(Path file, int index) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(file)) {
        var lines = Files.readAllLines(file);
        if (lines.size() > index) {
          return lines.get(index);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(file + " never had line " + index);
  }
}
