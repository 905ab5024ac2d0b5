package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SandboxVncTest extends CommandTest {
  private static final String VNC =
      envelope(
          200,
          "vnc connection info retrieved successfully",
          "{\"sandbox_id\":\"sbx_1\",\"vnc_host\":\"vnc.pyromind.ai\",\"vnc_port\":5901,\"vnc_password\":\"temp_123456\","
              + "\"expire_time\":\"2024-01-06T00:00:00Z\",\"refresh_time\":\"2024-01-05T00:00:00Z\"}");

  private void stubVnc(boolean refresh) {
    var mapping = get(urlPathEqualTo("/api/v1/sandboxes/sbx_1/vnc"));
    if (refresh) {
      mapping = mapping.withQueryParam("refresh", equalTo("true"));
    }
    wm.stubFor(mapping.willReturn(okJson(VNC)));
  }

  /** A viewer that records its arguments, and the password file's mode and bytes. */
  private Path fakeViewer(String name) throws Exception {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path viewer = bin.resolve(name);
    Files.writeString(
        viewer,
        "#!/bin/sh\n"
            + "printf '%s\\n' \"$@\" > \""
            + home.resolve("args")
            + "\"\n"
            + "if [ \"$1\" = -passwd ]; then stat -c %a \"$2\" > \""
            + home.resolve("mode")
            + "\"; cp \"$2\" \""
            + home.resolve("passwd")
            + "\"; fi\n");
    Files.setPosixFilePermissions(viewer, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  @Test
  void theViewerGetsThePasswordThroughA0600FileNeverAnArgument() throws Exception {
    stubVnc(true);
    Path bin = fakeViewer("vncviewer");
    PyroRun.Result r =
        pyro().env("PATH", bin + ":/usr/bin:/bin").run("sandbox", "vnc", "sbx_1", "--refresh");
    assertThat(r.code()).as(r.toString()).isZero();
    String args = Files.readString(home.resolve("args"));
    assertThat(args)
        .doesNotContain("temp_123456")
        .endsWith("vnc.pyromind.ai::5901\n")
        .startsWith("-passwd\n");
    assertThat(Files.readString(home.resolve("mode")).trim()).isEqualTo("600");
    assertThat(HexFormat.of().formatHex(Files.readAllBytes(home.resolve("passwd"))))
        .isEqualTo("8ca5b092a850a856");
    String passwordFile = args.lines().skip(1).findFirst().orElseThrow();
    assertThat(Path.of(passwordFile)).doesNotExist();
    assertThat(r.out() + r.err()).doesNotContain("temp_123456");
  }

  @Test
  void anExplicitViewerIsUsed() throws Exception {
    stubVnc(false);
    Path bin = fakeViewer("my-viewer");
    PyroRun.Result r =
        pyro()
            .env("PATH", "/usr/bin:/bin")
            .run("sandbox", "vnc", "sbx_1", "--viewer", bin.resolve("my-viewer").toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(home.resolve("args"))).doesNotContain("temp_123456");
  }

  @Test
  void noViewerSaysWhatWasLookedForAndHowToConnect() {
    stubVnc(false);
    PyroRun.Result r = pyro().env("PATH", home.toString()).run("sandbox", "vnc", "sbx_1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: no VNC viewer found (looked for vncviewer, xtigervncviewer, xtightvncviewer, remmina); "
                + "connect by hand to vnc.pyromind.ai:5901 with the password from `pyro sandbox vnc sbx_1 --print --show-password`\n");
  }

  @Test
  void aViewerOnlyARelativePathEntryOrADirectoryNamesIsNotUsed() throws Exception {
    stubVnc(false);
    Path bin = fakeViewer("vncviewer");
    Files.createDirectories(home.resolve("dirs").resolve("xtigervncviewer"));
    String relative = Path.of("").toAbsolutePath().relativize(bin).toString();
    PyroRun.Result r =
        pyro()
            .env("PATH", relative + ":" + home.resolve("dirs") + "::.")
            .run("sandbox", "vnc", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(home.resolve("args")).doesNotExist();
    assertThat(r.err()).startsWith("error: no VNC viewer found");
  }

  @Test
  void aViewerThatFailsIsExit1WithOneJsonErrorSayingSo() throws Exception {
    stubVnc(false);
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path viewer = bin.resolve("vncviewer");
    Files.writeString(viewer, "#!/bin/sh\nexit 5\n");
    Files.setPosixFilePermissions(viewer, PosixFilePermissions.fromString("rwx------"));
    PyroRun.Result r =
        pyro().env("PATH", bin.toString()).run("sandbox", "vnc", "sbx_1", "-q", "-o", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"the viewer "
                + viewer
                + " exited 5\",\"http_status\":null,\"exit_code\":1,\"resource\":\"sbx_1\"}}\n");
  }

  @Test
  void printShowsThePasswordOnlyWhenAsked() {
    stubVnc(false);
    PyroRun.Result hidden = pyro().run("sandbox", "vnc", "sbx_1", "--print");
    hidden.assertSucceeded();
    assertThat(hidden.out())
        .isEqualTo(
            "HOST\tPORT\tPASSWORD\tEXPIRES\nvnc.pyromind.ai\t5901\t***\t2024-01-06T00:00:00Z\n");
    PyroRun.Result shown =
        pyro().run("sandbox", "vnc", "sbx_1", "--print", "--show-password", "-o", "json");
    shown.assertSucceeded();
    assertThat(shown.out()).contains("\"vnc_password\": \"temp_123456\"");
  }

  @Test
  void aSandboxThatIsNotRunningIsAClearError() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_1/vnc"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(envelope(404, "sandbox not found or vnc not enabled", "null"))));
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                okJson(envelope(200, "ok", "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}"))));
    PyroRun.Result r = pyro().run("sandbox", "vnc", "sbx_1");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err())
        .isEqualTo(
            "error: sandbox sbx_1 is pending, not running: VNC is available only while it runs\n");
  }
}
