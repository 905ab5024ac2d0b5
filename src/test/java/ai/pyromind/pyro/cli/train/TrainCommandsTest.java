package ai.pyromind.pyro.cli.train;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandsTest extends CommandTest {
  private static final String[] SUBMIT = {
    "train",
    "submit",
    "RL-PPO-LunarLander-Training",
    "--framework",
    "pytorch",
    "--model",
    "ppo-lunar-lander-v2",
    "--cpu",
    "16",
    "--memory",
    "64",
    "--gpu",
    "4",
    "--train-data",
    "s3://user-data/train-data",
    "--val-data",
    "s3://user-data/val-data",
    "--data-format",
    "tfrecord",
    "--hp",
    "learning_rate=0.0003",
    "--hp",
    "batch_size=256",
    "--hp",
    "epochs=100",
    "--hp",
    "gamma=0.99",
    "--output-bucket",
    "user-models",
    "--output-path",
    "/rl-models/ppo-lunar",
    "--save-frequency",
    "10",
    "--log-tool",
    "tensorboard",
    "--log-path",
    "s3://user-logs/ppo-training-2024",
    "--priority",
    "9",
    "--max-run-time",
    "48h"
  };
  private static final String BODY =
      "{\"name\":\"RL-PPO-LunarLander-Training\",\"training_framework\":\"pytorch\",\"model_name\":\"ppo-lunar-lander-v2\","
          + "\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
          + "\"data_config\":{\"train_data_source\":\"s3://user-data/train-data\",\"val_data_source\":\"s3://user-data/val-data\",\"data_format\":\"tfrecord\"},"
          + "\"hyperparameters\":{\"learning_rate\":0.0003,\"batch_size\":256,\"epochs\":100,\"gamma\":0.99},"
          + "\"output_config\":{\"output_bucket\":\"user-models\",\"output_path\":\"/rl-models/ppo-lunar\",\"save_frequency\":10},"
          + "\"log_config\":{\"log_tool\":\"tensorboard\",\"log_path\":\"s3://user-logs/ppo-training-2024\"},\"priority\":9,\"max_run_time\":\"PT48H\"}";

  @Test
  void submitBuildsTheWholeBody() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/training/jobs"))
            .withRequestBody(equalToJson(BODY))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201,
                            "training job submitted successfully",
                            "{\"job_id\":\"train_300001\",\"name\":\"RL-PPO-LunarLander-Training\",\"status\":\"pending\",\"create_time\":\"2024-01-05T00:00:00Z\","
                                + "\"task_url\":\"https://pyromind.ai/training/jobs/train_300001\"}"))));
    PyroRun.Result r = pyro().run(SUBMIT);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ submitted train_300001 (pending)\n");
    assertThat(r.out())
        .isEqualTo(
            "ID\tNAME\tSTATUS\tPROGRESS\tCREATED\ntrain_300001\tRL-PPO-LunarLander-Training\tpending\t\t2024-01-05T00:00:00Z\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          train submit x --framework jax \
            | invalid --framework 'jax' (allowed: pytorch, tensorflow, ray)
          train submit x --framework ray --model m --cpu 1 --memory 1 --train-data s3://t --output-bucket b --output-path /p \
            | at least one --hp KEY=VALUE is required
          train submit x --framework ray --model m --cpu 1 --memory 1 --train-data s3://t --hp epochs=3 --output-bucket b --output-path /p --log-tool tensorboard \
            | --log-tool and --log-path go together
          train submit x --max-run-time forever \
            | --max-run-time: invalid duration 'forever' (use e.g. 90s, 5m, 1h30m, 7d or PT48H)
          train submit x --framework ray --model m --cpu 1 --memory 1 --train-data s3://t --hp epochs=3 --output-bucket b --output-path /p --priority 0 \
            | --priority must be an integer from 1 to 10 (got 0)
          """)
  void submitValidatesBeforeSending(String line, String error) {
    assertRefusedBeforeSending(line, error);
  }

  @Test
  void submitDryRunIsCurl() {
    String[] args = java.util.Arrays.copyOf(SUBMIT, SUBMIT.length + 1);
    args[SUBMIT.length] = "--dry-run";
    PyroRun.Result r = pyro().run(args);
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("curl -X POST '" + wm.baseUrl() + "/api/v1/training/jobs'")
        .contains("\"max_run_time\":\"PT48H\"");
  }

  @Test
  void listSendsFilters() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .withQueryParam("status", equalTo("running"))
            .withQueryParam("training_framework", equalTo("pytorch"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("20"))
            .willReturn(
                okJson(envelope(200, "training jobs listed successfully", Fixtures.TRAIN_LIST))));
    PyroRun.Result tty =
        pyro()
            .terminal()
            .run(
                "train",
                "list",
                "--status",
                "running",
                "--framework",
                "pytorch",
                "--color",
                "never");
    tty.assertEnded(0, "showing 1 of 89; use --all\n");
    Golden.assertMatches("train/list-terminal.txt", tty.out());
    PyroRun.Result piped =
        pyro().run("training", "list", "--status", "running", "--framework", "pytorch");
    piped.assertSucceeded();
    Golden.assertMatches("train/list-piped.txt", piped.out());
    assertThat(pyro().run("train", "list", "--status", "done").code()).isEqualTo(2);
  }

  @Test
  void getWithMetricsAndLogs() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_300001"))
            .withQueryParam("include_logs", equalTo("true"))
            .withQueryParam("include_metrics", equalTo("true"))
            .withQueryParam("log_lines", absent())
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "training job details retrieved successfully",
                        Fixtures.TRAIN_DETAIL))));
    PyroRun.Result r = pyro().terminal().run("train", "get", "train_300001", "--metrics", "--logs");
    r.assertSucceeded();
    Golden.assertMatches("train/get-terminal.txt", r.out());
    PyroRun.Result jq =
        pyro()
            .run(
                "train",
                "get",
                "train_300001",
                "--metrics",
                "--logs",
                "--jq",
                ".metrics.reward_mean");
    jq.assertSucceeded();
    assertThat(jq.out()).isEqualTo("289.4\n");
  }

  @Test
  void pauseWithANamedCheckpoint() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/training/jobs/train_300001/pause"))
            .withQueryParam("checkpoint_name", equalTo("pause-checkpoint-epoch-58"))
            .withQueryParam("save_checkpoint", absent())
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "training job paused successfully",
                        "{\"job_id\":\"train_300001\",\"status\":\"paused\",\"pause_time\":\"2024-01-05T00:00:00Z\","
                            + "\"checkpoint_name\":\"pause-checkpoint-epoch-58\",\"current_epoch\":58}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "train", "pause", "train_300001", "--checkpoint-name", "pause-checkpoint-epoch-58");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo("✓ paused train_300001 at epoch 58 (checkpoint pause-checkpoint-epoch-58)\n");
    assertThat(r.out())
        .isEqualTo(
            "ID\tSTATUS\tEPOCH\tCHECKPOINT\tPAUSED\ntrain_300001\tpaused\t58\tpause-checkpoint-epoch-58\t2024-01-05T00:00:00Z\n");
  }

  @Test
  void pauseWithoutCheckpoint() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/training/jobs/train_300001/pause"))
            .withQueryParam("save_checkpoint", equalTo("false"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "training job paused successfully",
                        "{\"job_id\":\"train_300001\",\"status\":\"paused\",\"current_epoch\":3}"))));
    assertThat(pyro().run("train", "pause", "train_300001", "--no-checkpoint").code()).isZero();
    assertThat(
            pyro()
                .run("train", "pause", "train_300001", "--no-checkpoint", "--checkpoint-name", "x")
                .err())
        .isEqualTo("error: --checkpoint-name and --no-checkpoint cannot be used together\n");
  }

  @Test
  void pauseOfAFinishedJobIsTheServers400() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/training/jobs/train_300001/pause"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(envelope(400, "cannot pause job in 'completed' status", "null"))));
    PyroRun.Result r = pyro().run("train", "pause", "train_300001");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: cannot pause job in 'completed' status\n");
  }

  @Test
  void resumeWithCheckpointAndLearningRateSendsTheResetFlag() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/training/jobs/train_300001/resume"))
            .withQueryParam("resume_from_checkpoint", equalTo("pause-checkpoint-epoch-58"))
            .withQueryParam("reset_learning_rate", equalTo("true"))
            .withQueryParam("new_learning_rate", equalTo("0.0002"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "training job resumed successfully",
                        "{\"job_id\":\"train_300001\",\"status\":\"running\",\"resume_time\":\"2024-01-05T00:00:00Z\","
                            + "\"resumed_from_checkpoint\":\"pause-checkpoint-epoch-58\",\"current_learning_rate\":0.0002,\"estimated_finish_time\":\"2024-01-05T06:00:00Z\"}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "train",
                "resume",
                "train_300001",
                "--from-checkpoint",
                "pause-checkpoint-epoch-58",
                "--learning-rate",
                "0.0002");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("✓ resumed train_300001 from pause-checkpoint-epoch-58\n");
    assertThat(r.out())
        .isEqualTo(
            "ID\tSTATUS\tFROM\tLEARNING-RATE\tETA\ntrain_300001\trunning\tpause-checkpoint-epoch-58\t0.0002\t2024-01-05T06:00:00Z\n");
    assertThat(pyro().run("train", "resume", "train_300001", "--learning-rate", "-1").err())
        .isEqualTo("error: --learning-rate must lie between 1e-100 and 1e100\n");
  }

  @Test
  void aLearningRateOfAMillionDigitsIsRefusedBeforeItIsWrittenOut() {
    for (String rate : new String[] {"1e-99999999", "1e999", "2E+101"}) {
      pyro()
          .run("train", "resume", "train_300001", "--learning-rate", rate)
          .assertEnded(2, "error: --learning-rate must lie between 1e-100 and 1e100\n");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void resumeOfAMissingCheckpointIs404() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/training/jobs/train_300001/resume"))
            .withQueryParam("resume_from_checkpoint", equalTo("nope"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(envelope(404, "training job or checkpoint not found", "null"))));
    PyroRun.Result r = pyro().run("train", "resume", "train_300001", "--from-checkpoint", "nope");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: training job or checkpoint not found\n");
  }

  @Test
  void deleteSendsItsFlags() {
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/training/jobs/train_300001"))
            .withQueryParam("delete_output", equalTo("true"))
            .withQueryParam("delete_logs", equalTo("true"))
            .withQueryParam("force", equalTo("true"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "training job deleted successfully",
                        "{\"job_id\":\"train_300001\",\"delete_time\":\"2024-01-05T00:00:00Z\",\"delete_output\":true,\"status_before_delete\":\"running\"}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "train",
                "delete",
                "train_300001",
                "--delete-output",
                "--delete-logs",
                "--force",
                "-y",
                "-o",
                "json");
    assertThat(r.err()).isEqualTo("✓ deleted training job train_300001\n");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"status_before_delete\": \"running\"");
  }
}
