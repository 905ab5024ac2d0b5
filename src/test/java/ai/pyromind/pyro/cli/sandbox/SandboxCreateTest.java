package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

class SandboxCreateTest extends CommandTest {
  private static final String CREATED =
      envelope(
          201,
          "sandbox created successfully",
          "{\"sandbox_id\":\"sbx_987654321\",\"name\":\"my-box\",\"status\":\"pending\","
              + "\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
              + "\"create_time\":\"2024-01-04T23:59:48Z\",\"expire_time\":\"2024-01-12T00:00:00Z\"}");

  private void stubCreate(String expectedBody) {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(expectedBody))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(CREATED)));
  }

  @Test
  void flagsBecomeTheBody() {
    stubCreate(
        "{\"name\":\"my-box\",\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
            + "\"screen_resolution\":{\"width\":2560,\"height\":1440},\"expire_time\":\"2024-01-12T00:00:00Z\"}");
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "create",
                "my-box",
                "--type",
                "gpu-sandbox",
                "--cpu",
                "16",
                "--memory",
                "64",
                "--gpu",
                "4",
                "--resolution",
                "2560x1440",
                "--expires",
                "+7d");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ created sbx_987654321 (pending)\n");
    Golden.assertMatches("sandbox/create-piped.txt", r.out());
  }

  @Test
  void aFileGivesTheBodyAndFlagsOverrideIt() throws Exception {
    Path file = home.resolve("box.yaml");
    Files.writeString(
        file,
        "name: from-file\nsandbox_type: cpu-sandbox\nresource_config:\n  cpu: 2\n  memory: 4\nextra_field: kept\n");
    stubCreate(
        "{\"name\":\"my-box\",\"sandbox_type\":\"cpu-sandbox\",\"resource_config\":{\"cpu\":8,\"memory\":4},\"extra_field\":\"kept\"}");
    PyroRun.Result r =
        pyro()
            .run("sandbox", "create", "my-box", "-f", file.toString(), "--cpu", "8", "-o", "json");
    assertThat(r.err()).isEqualTo("✓ created sbx_987654321 (pending)\n");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"sandbox_id\": \"sbx_987654321\"");
  }

  @Test
  void aJsonBodyCanComeFromStdin() {
    stubCreate(
        "{\"name\":\"my-box\",\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":1,\"memory\":1}}");
    PyroRun.Result r =
        pyro()
            .stdin(
                "{\"name\":\"my-box\",\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":1,\"memory\":1}}")
            .run("sandbox", "create", "-f", "-", "-o", "id");
    r.assertEnded(0, "✓ created sbx_987654321 (pending)\n");
    assertThat(r.out()).isEqualTo("sbx_987654321\n");
  }

  @Test
  void dryRunPrintsCurlAndSendsNothing() {
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "create",
                "my-box",
                "--type",
                "gpu-sandbox",
                "--cpu",
                "16",
                "--memory",
                "64",
                "--gpu",
                "4",
                "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "curl -X POST '"
                + wm.baseUrl()
                + "/api/v1/sandboxes' \\\n"
                + "  -H \"Authorization: Bearer $PYRO_TOKEN\" -H 'Content-Type: application/json' \\\n"
                + "  -d '{\"name\":\"my-box\",\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4}}'\n");
    assertThat(r.out()).doesNotContain(TOKEN);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          sandbox create ab --type t --cpu 1 --memory 1 \
            | invalid sandbox name 'ab' (3-64 characters: letters, digits, '-', '_')
          sandbox create 'my box' --type t --cpu 1 --memory 1 \
            | invalid sandbox name 'my box' (3-64 characters: letters, digits, '-', '_')
          sandbox create my-box --cpu 1 --memory 1 \
            | --type is required (e.g. gpu-sandbox, cpu-sandbox)
          sandbox create my-box --type t --cpu 0 --memory 1 \
            | --cpu must be an integer of at least 1 (got 0)
          sandbox create my-box --type t --cpu 1 \
            | --memory is required
          sandbox create my-box --type t --cpu 1 --memory 1 --gpu -1 \
            | --gpu must be an integer of at least 0 (got -1)
          sandbox create my-box --type t --cpu 1 --memory 1 --resolution big \
            | invalid resolution 'big' (expected WxH, e.g. 1920x1080)
          sandbox create my-box --type t --cpu 1 --memory 1 --expires 2020-01-01T00:00:00Z \
            | --expires must be in the future
          """)
  void invalidInputIsRefusedBeforeSending(String line, String error) {
    assertRefusedBeforeSending(line, error);
  }

  @Test
  void aMissingBodyFileIsRefusedBeforeSending() {
    Path missing = home.resolve("missing.yaml");
    assertRefusedBeforeSending(
        "sandbox create my-box -f " + missing, "cannot read '" + missing + "': no such file");
  }

  @Test
  void aNonIntegerFlagIsAUsageErrorWithAHelpHint() {
    PyroRun.Result r =
        pyro().run("sandbox", "create", "my-box", "--type", "t", "--cpu", "many", "--memory", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: invalid value for option '--cpu'")
        .endsWith("(see 'pyro sandbox create --help')\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void nameTakenIsExit4WithTheServersMessage() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        envelope(409, "sandbox name already exists in your namespace", "null"))));
    PyroRun.Result r =
        pyro().run("sandbox", "create", "my-box", "--type", "t", "--cpu", "1", "--memory", "1");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).isEqualTo("error: sandbox name already exists in your namespace\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void serverValidationIsExit2AndShortageIsExit1() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        envelope(400, "resource config cpu must be positive integer", "null"))));
    PyroRun.Result bad =
        pyro().run("sandbox", "create", "my-box", "--type", "t", "--cpu", "1", "--memory", "1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("error: resource config cpu must be positive integer\n");
    wm.resetAll();
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        envelope(
                            500, "failed to create sandbox due to resource shortage", "null"))));
    PyroRun.Result failed =
        pyro().run("sandbox", "create", "my-box", "--type", "t", "--cpu", "1", "--memory", "1");
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err())
        .isEqualTo("error: failed to create sandbox due to resource shortage\n");
  }
}
