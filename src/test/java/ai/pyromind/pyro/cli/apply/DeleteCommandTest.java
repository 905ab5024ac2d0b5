package ai.pyromind.pyro.cli.apply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroRun;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeleteCommandTest extends ApplyCommandTestBase {
  @Test
  void deletesWhatTheFileNamesAndReportsWhatIsMissing() throws IOException {
    list("/sandboxes", "sandboxes", ApplyCommandTest.SANDBOX_ITEM);
    list("/instances", "instances");
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(okJson(envelope(200, "deleted", "{\"sandbox_id\":\"sbx_1\"}"))));
    Path f = file(ApplyCommandTest.SANDBOX_DOC, ApplyCommandTest.INSTANCE_DOC);
    PyroRun.Result r = pyro().run("delete", "-f", f.toString(), "--yes", "-o", "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo("error: instance lab not found\n✓ deleted sandbox sim-box sbx_1\n");
    assertThat(r.out()).isEqualTo("sbx_1\n");
  }

  @Test
  void forceIsSentAndA409SuggestsIt() throws IOException {
    list("/sandboxes", "sandboxes", ApplyCommandTest.SANDBOX_ITEM);
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(envelope(409, "sandbox has running tasks", "null"))));
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_1?force=true"))
            .willReturn(okJson(envelope(200, "deleted", "{\"sandbox_id\":\"sbx_1\"}"))));
    Path f = file(ApplyCommandTest.SANDBOX_DOC);
    PyroRun.Result refused = pyro().run("delete", "-f", f.toString(), "--yes");
    assertThat(refused.code()).isEqualTo(4);
    assertThat(refused.err())
        .isEqualTo("error: sandbox sim-box: sandbox has running tasks (pass --force)\n");
    PyroRun.Result forced = pyro().run("delete", "-f", f.toString(), "--yes", "--force");
    assertThat(forced.code()).as(forced.toString()).isZero();
  }

  @Test
  void eachRefusedOrMissingResourceIsAJsonErrorWithItsExitCode() throws IOException {
    list("/sandboxes", "sandboxes", ApplyCommandTest.SANDBOX_ITEM);
    list("/instances", "instances");
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(envelope(409, "sandbox has running tasks", "null"))));
    Path f = file(ApplyCommandTest.SANDBOX_DOC, ApplyCommandTest.INSTANCE_DOC);
    PyroRun.Result r = pyro().run("delete", "-f", f.toString(), "--yes", "-o", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err().lines())
        .containsExactly(
            "{\"error\":{\"message\":\"instance lab not found\",\"http_status\":null,"
                + "\"exit_code\":3,\"resource\":\"lab\"}}",
            "{\"error\":{\"message\":\"sandbox sim-box: sandbox has running tasks (pass"
                + " --force)\",\"http_status\":409,\"exit_code\":4,\"resource\":\"sbx_1\"}}");
  }

  @Test
  void ignoreNotFoundReportsButSucceeds() throws IOException {
    list("/instances", "instances");
    PyroRun.Result r =
        pyro()
            .run(
                "delete",
                "-f",
                file(ApplyCommandTest.INSTANCE_DOC).toString(),
                "--ignore-not-found");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("instance lab not found; nothing to delete\n");
  }

  @Test
  void asksAsDeleteDoes() throws IOException {
    list("/sandboxes", "sandboxes", ApplyCommandTest.SANDBOX_ITEM);
    PyroRun.Result piped =
        pyro().run("delete", "-f", file(ApplyCommandTest.SANDBOX_DOC).toString());
    assertThat(piped.code()).isEqualTo(2);
    assertThat(piped.err())
        .isEqualTo("error: refusing to delete without confirmation: pass --yes\n");
    PyroRun.Result declined =
        pyro()
            .terminal()
            .answer("n")
            .run("delete", "-f", file(ApplyCommandTest.SANDBOX_DOC).toString());
    assertThat(declined.code()).isEqualTo(1);
    assertThat(declined.err()).contains("nothing deleted");
  }
}
