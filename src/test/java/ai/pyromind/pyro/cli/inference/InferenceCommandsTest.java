package ai.pyromind.pyro.cli.inference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.Golden;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InferenceCommandsTest extends CommandTest {
  private static final String BODY =
      "{\"name\":\"RL-Traffic-Control-Inference\",\"model_type\":\"rl\",\"model_name\":\"ppo-traffic-control-v3\",\"model_version\":\"v3.2\","
          + "\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":2},"
          + "\"input_config\":{\"data_source\":\"s3://user-data/inference-inputs/traffic-2024.csv\",\"data_format\":\"csv\",\"batch_size\":64},"
          + "\"output_config\":{\"output_bucket\":\"user-data\",\"output_path\":\"/inference-outputs/traffic-result\",\"output_format\":\"parquet\"},"
          + "\"inference_params\":{\"confidence_threshold\":0.8,\"max_steps\":1000},\"priority\":8}";
  private static final String CREATED =
      envelope(
          201,
          "inference task created successfully",
          "{\"job_id\":\"inf_200003\",\"name\":\"RL-Traffic-Control-Inference\",\"status\":\"pending\",\"model_type\":\"rl\","
              + "\"model_name\":\"ppo-traffic-control-v3\",\"create_time\":\"2024-01-05T00:00:00Z\",\"priority\":8,"
              + "\"task_url\":\"https://pyromind.ai/tasks/inf_200003\"}");

  private static final String[] FLAGS = {
    "inference",
    "create",
    "RL-Traffic-Control-Inference",
    "--model-type",
    "rl",
    "--model",
    "ppo-traffic-control-v3",
    "--model-version",
    "v3.2",
    "--cpu",
    "8",
    "--memory",
    "32",
    "--gpu",
    "2",
    "--input",
    "s3://user-data/inference-inputs/traffic-2024.csv",
    "--input-format",
    "csv",
    "--batch-size",
    "64",
    "--output-bucket",
    "user-data",
    "--output-path",
    "/inference-outputs/traffic-result",
    "--output-format",
    "parquet",
    "--param",
    "confidence_threshold=0.8",
    "--param",
    "max_steps=1000",
    "--priority",
    "8"
  };

  @Test
  void createBuildsEveryConfigFromFlags() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/inference"))
            .withRequestBody(equalToJson(BODY))
            .willReturn(aResponse().withStatus(201).withBody(CREATED)));
    PyroRun.Result r = pyro().run(FLAGS);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ created inf_200003 (pending)\n");
    assertThat(r.out())
        .isEqualTo(
            "ID\tNAME\tSTATUS\tPROGRESS\tCREATED\ninf_200003\tRL-Traffic-Control-Inference\tpending\t\t2024-01-05T00:00:00Z\n");
  }

  @Test
  void createFromAFileWithFlagsOverriding() throws Exception {
    Path file = home.resolve("job.json");
    Files.writeString(file, BODY.replace("\"priority\":8", "\"priority\":3"));
    wm.stubFor(
        post(urlEqualTo("/api/v1/inference"))
            .withRequestBody(equalToJson(BODY))
            .willReturn(aResponse().withStatus(201).withBody(CREATED)));
    PyroRun.Result r =
        pyro().run("inf", "create", "-f", file.toString(), "--priority", "8", "-o", "id");
    r.assertEnded(0, "✓ created inf_200003 (pending)\n");
    assertThat(r.out()).isEqualTo("inf_200003\n");
  }

  @Test
  void createDryRunSendsNothing() {
    String[] args = java.util.Arrays.copyOf(FLAGS, FLAGS.length + 1);
    args[FLAGS.length] = "--dry-run";
    PyroRun.Result r = pyro().run(args);
    r.assertSucceeded();
    assertThat(r.out())
        .startsWith("curl -X POST '" + wm.baseUrl() + "/api/v1/inference'")
        .contains("\"inference_params\":{\"confidence_threshold\":0.8");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          inference create x --model-type llm \
            | invalid --model-type 'llm' (allowed: rl, nlp, cv)
          inference create x --model-type rl --model m --cpu 1 --memory 1 \
            | --input is required
          inference create x --model-type rl --model m --cpu 1 --memory 1 --input s3://x --output-bucket b --output-path /p --priority 11 \
            | --priority must be an integer from 1 to 10 (got 11)
          inference create x --model-type rl --model m --cpu 1 --memory 1 --input s3://x --input-format whatever-format --output-bucket b \
            | --output-path is required
          """)
  void createValidatesWhatTheDocumentFixes(String line, String error) {
    // the last row: open values such as formats pass through to the next check
    assertRefusedBeforeSending(line, error);
  }

  @Test
  void listSendsFiltersIncludingSince() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/inference"))
            .withQueryParam("status", equalTo("running"))
            .withQueryParam("model_type", equalTo("rl"))
            .withQueryParam("start_time", equalTo("2024-01-01T00:00:00Z"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("20"))
            .willReturn(
                okJson(
                    envelope(
                        200, "inference tasks listed successfully", Fixtures.INFERENCE_LIST))));
    PyroRun.Result tty =
        pyro()
            .terminal()
            .run(
                "inference",
                "list",
                "--status",
                "running",
                "--model-type",
                "rl",
                "--since",
                "-4d",
                "--color",
                "never");
    tty.assertEnded(0, "showing 2 of 45; use --all\n");
    Golden.assertMatches("inference/list-terminal.txt", tty.out());
    PyroRun.Result piped =
        pyro()
            .run(
                "inference",
                "list",
                "--status",
                "running",
                "--model-type",
                "rl",
                "--since",
                "2024-01-01T00:00:00Z",
                "-o",
                "wide");
    piped.assertSucceeded();
    Golden.assertMatches("inference/list-wide-piped.txt", piped.out());
  }

  @Test
  void getWithLogsAsksForThemAndShowsThem() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/inference/inf_200003"))
            .withQueryParam("include_logs", equalTo("true"))
            .withQueryParam("log_lines", equalTo("2"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "inference task details retrieved successfully",
                        Fixtures.INFERENCE_DETAIL))));
    PyroRun.Result r =
        pyro().terminal().run("inference", "get", "inf_200003", "--logs", "--log-lines", "2");
    r.assertSucceeded();
    Golden.assertMatches("inference/get-terminal.txt", r.out());
  }

  @Test
  void deleteSendsItsFlags() {
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/inference/inf_200003"))
            .withQueryParam("delete_output", equalTo("true"))
            .withQueryParam("force", equalTo("true"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "inference task deleted successfully",
                        "{\"job_id\":\"inf_200003\",\"delete_time\":\"2024-01-05T00:00:00Z\",\"delete_output\":true,\"status_before_delete\":\"running\"}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "inference",
                "delete",
                "inf_200003",
                "--delete-output",
                "--force",
                "--yes",
                "-o",
                "wide");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("✓ deleted inference job inf_200003\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void deleteOfARunningJobHintsAtForce() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/inference/inf_200003"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        envelope(
                            409, "inference task is running, use force=true to delete", "null"))));
    PyroRun.Result r = pyro().run("inference", "delete", "inf_200003", "-y");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err())
        .isEqualTo("error: inference task is running, use force=true to delete (pass --force)\n");
  }
}
