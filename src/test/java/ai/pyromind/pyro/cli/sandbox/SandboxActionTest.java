package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Golden;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxActionTest extends CommandTest {
  private static final String ACTIONS = "/api/v1/sandboxes/sbx_987654321/actions";

  private void stubAction(String body, String action) {
    wm.stubFor(
        post(urlEqualTo(ACTIONS))
            .withRequestBody(equalToJson(body))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "sandbox action executed successfully",
                        "{\"sandbox_id\":\"sbx_987654321\",\"action\":\""
                            + action
                            + "\",\"status\":\"completed\","
                            + "\"execute_time\":\"2024-01-05T00:00:00Z\",\"timeout\":60}"))));
  }

  @Test
  void actionSendsItsParamsTyped() {
    stubAction(
        "{\"action\":\"install_package\",\"timeout\":60,\"params\":{\"name\":\"python3-pip\",\"retries\":3,\"quiet\":true}}",
        "install_package");
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "action",
                "sbx_987654321",
                "install_package",
                "--param",
                "name=python3-pip",
                "--param",
                "retries=3",
                "--param",
                "quiet=true",
                "--timeout",
                "60");
    assertThat(r.code()).as(r.toString()).isZero();
    Golden.assertMatches("sandbox/action-piped.txt", r.out());
    assertThat(r.err()).isEqualTo("✓ install_package on sbx_987654321: completed\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "stop", "restart", "reboot"})
  void shorthandsSendTheirAction(String action) {
    stubAction("{\"action\":\"" + action + "\"}", action);
    PyroRun.Result r = pyro().run("sandbox", action, "sbx_987654321", "-o", "json");
    r.assertEnded(0, "✓ " + action + " on sbx_987654321: completed\n");
    assertThat(r.out()).contains("\"action\": \"" + action + "\"");
  }

  @Test
  void installSendsThePackageName() {
    stubAction(
        "{\"action\":\"install_package\",\"params\":{\"name\":\"htop\"}}", "install_package");
    assertThat(pyro().run("sandbox", "install", "sbx_987654321", "htop").code()).isZero();
  }

  @Test
  void runSendsThePathAndTheArgumentsAfterTheDashes() {
    stubAction(
        "{\"action\":\"run_script\",\"timeout\":5,\"params\":{\"path\":\"/home/user/init.sh\",\"args\":[\"--fast\",\"3\"]}}",
        "run_script");
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "run",
                "sbx_987654321",
                "/home/user/init.sh",
                "--timeout",
                "5",
                "--",
                "--fast",
                "3");
    assertThat(r.code()).as(r.toString()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          sandbox action sbx_987654321 explode \
            | invalid action 'explode' (allowed: start, stop, restart, reboot, install_package, run_script)
          sandbox action sbx_987654321 start --param novalue \
            | invalid --param 'novalue' (expected KEY=VALUE)
          """)
  void anUnknownActionIsRefusedBeforeSending(String line, String error) {
    assertRefusedBeforeSending(line, error);
  }

  @Test
  void anUnresponsiveSandboxIsExit1() {
    wm.stubFor(
        post(urlEqualTo(ACTIONS))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        envelope(500, "failed to execute action: sandbox unresponsive", "null"))));
    PyroRun.Result r = pyro().run("sandbox", "restart", "sbx_987654321");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: failed to execute action: sandbox unresponsive\n");
  }

  @Test
  void batchSendsTheActionsAndPrintsAResultTable() throws Exception {
    Path file = home.resolve("batch.yaml");
    Files.writeString(
        file,
        "- action: install_package\n  params: {name: python3-pip}\n- action: run_script\n  params: {path: /home/user/init.sh}\n");
    wm.stubFor(
        post(urlEqualTo(ACTIONS + "/batch"))
            .withRequestBody(
                equalToJson(
                    "{\"actions\":[{\"action\":\"install_package\",\"params\":{\"name\":\"python3-pip\"}},"
                        + "{\"action\":\"run_script\",\"params\":{\"path\":\"/home/user/init.sh\"}}],\"parallel\":true}"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "batch actions executed successfully",
                        "{\"sandbox_id\":\"sbx_987654321\",\"total_actions\":2,\"success_count\":2,\"failed_count\":0,\"results\":["
                            + "{\"action\":\"install_package\",\"status\":\"success\",\"message\":\"package installed\"},"
                            + "{\"action\":\"run_script\",\"status\":\"success\",\"message\":\"script executed successfully\"}]}"))));
    PyroRun.Result r =
        pyro()
            .terminal()
            .run("sandbox", "batch", "sbx_987654321", "-f", file.toString(), "--parallel");
    assertThat(r.err()).isEqualTo("✓ 2 actions succeeded on sbx_987654321\n");
    assertThat(r.code()).as(r.toString()).isZero();
    Golden.assertMatches("sandbox/batch-terminal.txt", r.out());
  }

  @Test
  void aPartlyFailedBatchShowsEveryResultAndExits1() {
    wm.stubFor(
        post(urlEqualTo(ACTIONS + "/batch"))
            .withRequestBody(
                equalToJson(
                    "{\"actions\":[{\"action\":\"install_package\"},{\"action\":\"run_script\"}],\"parallel\":false}"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        envelope(
                            500,
                            "some batch actions failed",
                            "{\"sandbox_id\":\"sbx_987654321\",\"total_actions\":2,\"success_count\":1,\"failed_count\":1,\"results\":["
                                + "{\"action\":\"install_package\",\"status\":\"success\",\"message\":\"package installed\"},"
                                + "{\"action\":\"run_script\",\"status\":\"failed\",\"message\":\"script file not found\"}]}"))));
    PyroRun.Result r =
        pyro()
            .stdin("{\"actions\":[{\"action\":\"install_package\"},{\"action\":\"run_script\"}]}")
            .run("sandbox", "batch", "sbx_987654321", "-f", "-");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "ACTION\tSTATUS\tMESSAGE\ninstall_package\tsuccess\tpackage installed\nrun_script\tfailed\tscript file not found\n");
    assertThat(r.err()).isEqualTo("error: some batch actions failed (1 of 2 failed)\n");
  }

  @Test
  void aBatchFileWithoutActionFieldsIsRefused() {
    PyroRun.Result r =
        pyro().stdin("[{\"params\":{}}]").run("sandbox", "batch", "sbx_987654321", "-f", "-");
    r.assertEnded(2, "error: action 1 of the batch has no 'action' field\n");
    assertThat(r.out()).isEmpty();
    PyroRun.Result notYaml =
        pyro().stdin("{ not json").run("sandbox", "batch", "sbx_987654321", "-f", "-");
    assertThat(notYaml.code()).as(notYaml.toString()).isEqualTo(2);
    assertThat(notYaml.err()).startsWith("error: stdin is neither valid JSON nor YAML");
    assertThat(notYaml.err().lines()).as("one line").hasSize(1);
    assertThat(notYaml.out()).isEmpty();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
