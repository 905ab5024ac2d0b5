package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.Golden;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

class SandboxGetDeleteTest extends CommandTest {
  private static String deleted(String id) {
    return envelope(
        200,
        "sandbox deleted successfully",
        "{\"sandbox_id\":\"" + id + "\",\"delete_time\":\"2024-01-05T00:00:00Z\",\"force\":true}");
  }

  private void stubGet() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(
                okJson(
                    envelope(
                        200, "sandbox details retrieved successfully", Fixtures.SANDBOX_DETAIL))));
  }

  @Test
  void getOnATerminalShowsADetailViewWithTheVncPasswordMasked() {
    stubGet();
    PyroRun.Result r = pyro().terminal().run("sandbox", "get", "sbx_987654321");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    Golden.assertMatches("sandbox/get-terminal.txt", r.out());
    assertThat(r.out()).doesNotContain("temp_123456");
  }

  @Test
  void getPipedIsOneTableRow() {
    stubGet();
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_987654321", "--no-headers");
    r.assertSucceeded();
    assertThat(r.out()).startsWith("sbx_987654321\tMy-GPU-Sandbox-2024\trunning\t");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void getJsonIsTheDataUnwrapped() {
    stubGet();
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_987654321", "-o", "json");
    r.assertSucceeded();
    Golden.assertMatches("sandbox/get.json", r.out());
  }

  @Test
  void getNotFoundIsExit3WithTheServersMessage() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        envelope(404, "sandbox not found (check sandbox_id or expired)", "null"))));
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: sandbox not found (check sandbox_id or expired)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void deleteWithYesSendsDeleteAndForce() {
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .withQueryParam("force", equalTo("true"))
            .willReturn(okJson(deleted("sbx_987654321"))));
    PyroRun.Result r = pyro().run("sandbox", "delete", "sbx_987654321", "--force", "--yes");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("✓ deleted sandbox sbx_987654321\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void deleteWithoutForceSendsNoForceParameter() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .willReturn(okJson(deleted("sbx_987654321"))));
    PyroRun.Result r = pyro().run("sandbox", "delete", "sbx_987654321", "-y", "-o", "json");
    assertThat(r.err()).isEqualTo("✓ deleted sandbox sbx_987654321\n");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"delete_time\": \"2024-01-05T00:00:00Z\"");
  }

  @Test
  void deleteAsksOnATerminalAndDoesNothingWhenTheAnswerIsNo() {
    PyroRun run = pyro().terminal().answer("n");
    PyroRun.Result r = run.run("sandbox", "delete", "sbx_987654321");
    assertThat(run.prompts()).containsExactly("Delete sandbox sbx_987654321? [y/N] ");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("nothing deleted\n");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void deleteAsksOnATerminalAndDeletesOnYes() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .willReturn(okJson(deleted("sbx_987654321"))));
    PyroRun.Result r = pyro().terminal().answer("y").run("sandbox", "delete", "sbx_987654321");
    assertThat(r.code()).isZero();
  }

  @Test
  void deleteWithoutATerminalNeedsYes() {
    PyroRun.Result r = pyro().run("sandbox", "delete", "sbx_987654321");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: refusing to delete without confirmation: pass --yes\n");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void deleteOfARunningSandboxHintsAtForce() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        envelope(
                            409, "sandbox has running tasks, use force=true to delete", "null"))));
    PyroRun.Result r = pyro().run("sandbox", "delete", "sbx_987654321", "-y");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err())
        .isEqualTo("error: sandbox has running tasks, use force=true to delete (pass --force)\n");
  }

  @Test
  void deleteOfSeveralGoesOnPastAFailureAndExitsWithItsCode() {
    wm.stubFor(delete(urlEqualTo("/api/v1/sandboxes/sbx_1")).willReturn(okJson(deleted("sbx_1"))));
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_2"))
            .willReturn(
                aResponse().withStatus(404).withBody(envelope(404, "sandbox not found", "null"))));
    wm.stubFor(delete(urlEqualTo("/api/v1/sandboxes/sbx_3")).willReturn(okJson(deleted("sbx_3"))));
    PyroRun.Result r = pyro().run("sandbox", "delete", "sbx_1", "sbx_2", "sbx_3", "-y", "-o", "id");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEqualTo("sbx_1\nsbx_3\n");
    assertThat(r.err())
        .isEqualTo(
            "✓ deleted sandbox sbx_1\nerror: sbx_2: sandbox not found\n✓ deleted sandbox sbx_3\n");
  }
}
