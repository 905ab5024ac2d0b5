package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.testing.ApiDescription;
import ai.pyromind.pyro.testing.ApiDescription.ErrorRow;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error answer of docs/openapi.yaml, through a command that meets it: the server's message on
 * one stderr line and the exit code of its status.
 */
class DocumentedErrorsTest extends CommandTest {
  private static final String BATCH = "POST /api/v1/sandboxes/{sandbox_id}/actions/batch";
  private static final String VNC = "GET /api/v1/sandboxes/{sandbox_id}/vnc";

  /** The command line that drives each endpoint, with the ids the paths are filled with. */
  private static final Map<String, String> COMMANDS =
      Map.ofEntries(
          Map.entry("GET /api/v1/sandboxes", "sandbox list --status running"),
          Map.entry(
              "POST /api/v1/sandboxes", "sandbox create box --type gpu-sandbox --cpu 1 --memory 1"),
          Map.entry("GET /api/v1/sandboxes/{sandbox_id}", "sandbox get sbx_1"),
          Map.entry("DELETE /api/v1/sandboxes/{sandbox_id}", "sandbox delete sbx_1 -y"),
          Map.entry("POST /api/v1/sandboxes/{sandbox_id}/actions", "sandbox action sbx_1 start"),
          Map.entry(VNC, "sandbox vnc sbx_1 --print"),
          Map.entry(BATCH, "sandbox batch sbx_1 -f -"),
          Map.entry("GET /api/v1/instances", "instance list --status running"),
          Map.entry(
              "POST /api/v1/instances",
              "instance create lab --resource-type gpu --cpu 1 --memory 1"),
          Map.entry("GET /api/v1/instances/{instance_id}", "instance get jp_1"),
          Map.entry(
              "DELETE /api/v1/instances/{instance_id}",
              "instance delete jp_1 -y --backup-bucket b"),
          Map.entry("PUT /api/v1/instances/{instance_id}", "instance edit jp_1 --cpu 99"),
          Map.entry("POST /api/v1/instances/{instance_id}/pause", "instance pause jp_1"),
          Map.entry("POST /api/v1/instances/{instance_id}/resume", "instance resume jp_1"),
          Map.entry("GET /api/v1/instances/{instance_id}/access-token", "instance token jp_1"),
          Map.entry(
              "POST /api/v1/inference",
              "inference create j --model-type rl --model m --cpu 1 --memory 1 --input s3://x"
                  + " --output-bucket b --output-path /p"),
          Map.entry("GET /api/v1/inference", "inference list --status running"),
          Map.entry("GET /api/v1/inference/{job_id}", "inference get inf_1"),
          Map.entry("DELETE /api/v1/inference/{job_id}", "inference delete inf_1 -y"),
          Map.entry(
              "POST /api/v1/training/jobs",
              "train submit j --framework pytorch --model m --cpu 1 --memory 1"
                  + " --train-data s3://x --hp epochs=1 --output-bucket b --output-path /p"),
          Map.entry("GET /api/v1/training/jobs", "train list --status running"),
          Map.entry("GET /api/v1/training/jobs/{job_id}", "train get train_1"),
          Map.entry("DELETE /api/v1/training/jobs/{job_id}", "train delete train_1 -y"),
          Map.entry("POST /api/v1/training/jobs/{job_id}/pause", "train pause train_1"),
          Map.entry("POST /api/v1/training/jobs/{job_id}/resume", "train resume train_1"));

  static Stream<ErrorRow> documentedErrors() {
    return ApiDescription.load().errorRows().stream();
  }

  @Test
  void everyEndpointWithADocumentedErrorHasACommandHere() {
    assertThat(documentedErrors().map(row -> row.endpoint().key()).distinct())
        .allSatisfy(endpoint -> assertThat(COMMANDS).containsKey(endpoint));
    assertThat(documentedErrors()).hasSize(59);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedErrors")
  void statusBecomesItsExitCodeWithTheServersMessage(ErrorRow row) {
    String path =
        row.endpoint()
            .path()
            .replace("{sandbox_id}", "sbx_1")
            .replace("{instance_id}", "jp_1")
            .replace(
                "{job_id}", row.endpoint().path().contains("/training/") ? "train_1" : "inf_1");
    JsonNode data = ApiDescription.load().errorData(row);
    wm.stubFor(
        request(row.endpoint().method(), urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(row.status())
                    .withBody(
                        envelope(
                            row.status(), row.message().replace("\"", "\\\""), data.toString()))));
    if (row.endpoint().key().equals(VNC) && row.status() == 404) {
      // On a 404 the command asks whether the sandbox runs; it does: VNC is not enabled.
      wm.stubFor(
          request("GET", urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withBody(
                          envelope(
                              200, "ok", "{\"sandbox_id\":\"sbx_1\",\"status\":\"running\"}"))));
    }
    PyroRun.Result r =
        pyro().stdin("[{\"action\":\"start\"}]").run(COMMANDS.get(row.endpoint().key()).split(" "));
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.forStatus(row.status()));
    assertThat(r.err()).isEqualTo("error: " + row.message() + hint(row, data) + "\n");
    if (data.isNull()) {
      assertThat(r.out()).isEmpty();
    } else {
      data.path("results")
          .forEach(result -> assertThat(r.out()).contains(result.path("message").asText()));
    }
  }

  private static String hint(ErrorRow row, JsonNode data) {
    if (row.status() == 409 && row.endpoint().method().equals("DELETE")) {
      return " (pass --force)";
    }
    if (row.endpoint().key().equals(BATCH) && !data.isNull()) {
      return " ("
          + data.path("failed_count").asInt()
          + " of "
          + data.path("total_actions").asInt()
          + " failed)";
    }
    return "";
  }
}
