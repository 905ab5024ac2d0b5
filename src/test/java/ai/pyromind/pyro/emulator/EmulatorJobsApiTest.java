package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorJobsApiTest {
  private static final String INFERENCE =
      "{\"name\":\"traffic\",\"model_type\":\"rl\",\"model_name\":\"ppo-traffic\",\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":2},"
          + "\"input_config\":{\"data_source\":\"s3://in.csv\"},\"output_config\":{\"output_bucket\":\"b\",\"output_path\":\"/out\"},\"priority\":8}";
  private static final String TRAINING =
      "{\"name\":\"ppo\",\"training_framework\":\"pytorch\",\"model_name\":\"ppo-lunar\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
          + "\"data_config\":{\"train_data_source\":\"s3://train\"},\"hyperparameters\":{\"learning_rate\":0.0003,\"epochs\":10},"
          + "\"output_config\":{\"output_bucket\":\"b\",\"output_path\":\"/models\",\"save_frequency\":3}}";
  private EmulatorHarness emu;

  @BeforeEach
  void start() throws Exception {
    emu = new EmulatorHarness(null);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void inferenceRunsToSuccessWithProgressAndLogs() {
    Answer created = emu.post("/inference", INFERENCE);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.message()).isEqualTo("inference task created successfully");
    String id = created.data().path("job_id").asText();
    assertThat(id).matches("inf_\\d{6}");
    assertThat(created.data().path("priority").asInt()).isEqualTo(8);
    assertThat(created.data().path("task_url").asText()).endsWith("/tasks/" + id);
    emu.advance(Duration.ofSeconds(3 + 6));
    JsonNode running = emu.get("/inference/" + id + "?include_logs=true&log_lines=2").data();
    assertThat(running.path("status").asText()).isEqualTo("running");
    assertThat(running.path("progress").asInt()).isEqualTo(60);
    assertThat(running.path("logs").toString())
        .isEqualTo(
            "[\"2024-01-05T00:00:08Z - Processed 80000 rows\",\"2024-01-05T00:00:09Z - Processed 96000 rows\"]");
    assertThat(emu.get("/inference/" + id).data().has("logs")).isFalse();
    Answer refused = emu.call("DELETE", "/inference/" + id, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message()).isEqualTo("inference task is running, use force=true to delete");
    emu.advance(Duration.ofSeconds(10));
    assertThat(emu.get("/inference/" + id).data().path("status").asText()).isEqualTo("success");
    Answer deleted = emu.call("DELETE", "/inference/" + id + "?delete_output=true", null);
    assertThat(deleted.data().path("status_before_delete").asText()).isEqualTo("success");
    assertThat(emu.get("/inference/" + id).message()).isEqualTo("inference task not found");
  }

  /** Usage is written as the document writes it (6.5, 28.3), never 2.4000000000000004. */
  @Test
  void inferenceResourceUsageIsWrittenWithOneDecimal() {
    String id =
        emu.post(
                "/inference",
                INFERENCE.replace(
                    "{\"cpu\":8,\"memory\":32,\"gpu\":2}", "{\"cpu\":3,\"memory\":3,\"gpu\":3}"))
            .data()
            .path("job_id")
            .asText();
    emu.advance(Duration.ofSeconds(3 + 6));
    JsonNode usage = emu.get("/inference/" + id).data().path("resource_usage");
    assertThat(usage.toString())
        .isEqualTo("{\"gpu_used\":2.7,\"cpu_used\":2.4,\"memory_used\":2.6}");
  }

  @Test
  void inferenceValidationFiltersAndFailureOnPurpose() {
    assertThat(
            emu.post(
                    "/inference",
                    INFERENCE.replace("\"data_source\":\"s3://in.csv\"", "\"data_format\":\"csv\""))
                .message())
        .isEqualTo("input_config.data_source is required");
    assertThat(emu.post("/inference", INFERENCE.replace("ppo-traffic", "missing-model")).message())
        .isEqualTo("model missing-model (latest) not found");
    emu.post("/inference", INFERENCE);
    assertThat(emu.post("/inference", INFERENCE).message())
        .isEqualTo("inference task name already exists");
    String failing =
        emu.post(
                "/inference",
                INFERENCE
                    .replace("traffic", "failing")
                    .replace("\"priority\":8", "\"inference_params\":{\"fail_at_progress\":30}"))
            .data()
            .path("job_id")
            .asText();
    emu.advance(Duration.ofMinutes(1));
    assertThat(emu.get("/inference/" + failing).data().path("status").asText()).isEqualTo("failed");
    assertThat(emu.get("/inference?status=failed").data().path("total").asInt()).isEqualTo(1);
    assertThat(emu.get("/inference?model_type=nlp").data().path("total").asInt()).isZero();
    assertThat(emu.get("/inference?start_time=2024-01-06T00:00:00Z").data().path("total").asInt())
        .isZero();
    assertThat(emu.get("/inference?status=paused").message())
        .isEqualTo("invalid status value (allowed: pending/running/success/failed)");
  }

  @Test
  void trainingRunsEpochsWithMetricsCheckpointsAndLogsInTheDocumentsFormat() {
    Answer submitted = emu.post("/training/jobs", TRAINING);
    assertThat(submitted.status()).isEqualTo(201);
    assertThat(submitted.message()).isEqualTo("training job submitted successfully");
    String id = submitted.data().path("job_id").asText();
    assertThat(id).matches("train_\\d{6}");
    emu.advance(Duration.ofSeconds(3 + 2 * 4));
    JsonNode job =
        emu.get("/training/jobs/" + id + "?include_logs=true&include_metrics=true&log_lines=3")
            .data();
    assertThat(job.path("status").asText()).isEqualTo("running");
    assertThat(job.path("progress").asInt()).isEqualTo(40);
    assertThat(job.path("current_epoch").asInt()).isEqualTo(4);
    assertThat(job.path("metrics").fieldNames())
        .toIterable()
        .containsExactly("train_loss", "val_loss", "reward_mean");
    assertThat(job.path("checkpoints").toString()).isEqualTo("[\"checkpoint-epoch-3\"]");
    assertThat(job.path("logs").get(2).asText())
        .matches(
            "2024-01-05T00:00:11Z - Epoch 4/10 - train_loss=[0-9.]+ val_loss=[0-9.]+ reward_mean=[-0-9.]+");
    assertThat(emu.get("/training/jobs/" + id).data().has("metrics")).isFalse();
    emu.advance(Duration.ofSeconds(12));
    JsonNode done = emu.get("/training/jobs/" + id + "?include_logs=true&log_lines=1").data();
    assertThat(done.path("status").asText()).isEqualTo("success");
    assertThat(done.path("progress").asInt()).isEqualTo(100);
    assertThat(done.path("logs").get(0).asText())
        .isEqualTo("2024-01-05T00:00:23Z - Training completed");
    Answer pause = emu.post("/training/jobs/" + id + "/pause", null);
    assertThat(pause.message()).isEqualTo("cannot pause job in 'completed' status");
  }

  @Test
  void pauseAndResumeFromANamedOrTheLatestCheckpointWithANewLearningRate() {
    String id = emu.post("/training/jobs", TRAINING).data().path("job_id").asText();
    emu.advance(Duration.ofSeconds(3 + 2 * 5 + 1));
    assertThat(
            Json.numberText(emu.get("/training/jobs/" + id).data().path("current_learning_rate")))
        .isEqualTo("0.0003");
    Answer paused = emu.post("/training/jobs/" + id + "/pause?checkpoint_name=mine", null);
    assertThat(paused.message()).isEqualTo("training job paused successfully");
    assertThat(paused.data().path("checkpoint_name").asText()).isEqualTo("mine");
    assertThat(paused.data().path("current_epoch").asInt()).isEqualTo(5);
    emu.advance(Duration.ofMinutes(5));
    assertThat(emu.get("/training/jobs/" + id).data().path("current_epoch").asInt()).isEqualTo(5);
    assertThat(emu.get("/training/jobs?status=paused").data().path("total").asInt()).isEqualTo(1);
    assertThat(
            emu.post("/training/jobs/" + id + "/resume?resume_from_checkpoint=nope", null)
                .message())
        .isEqualTo("training job or checkpoint not found");
    assertThat(
            emu.post(
                    "/training/jobs/"
                        + id
                        + "/resume?reset_learning_rate=true&new_learning_rate=-1",
                    null)
                .message())
        .isEqualTo("new_learning_rate must be positive");
    Answer resumed =
        emu.post(
            "/training/jobs/"
                + id
                + "/resume?resume_from_checkpoint=checkpoint-epoch-3&reset_learning_rate=true&new_learning_rate=0.0002",
            null);
    assertThat(resumed.message()).isEqualTo("training job resumed successfully");
    assertThat(resumed.data().path("resumed_from_checkpoint").asText())
        .isEqualTo("checkpoint-epoch-3");
    assertThat(resumed.data().path("current_learning_rate").asDouble()).isEqualTo(0.0002);
    // written as the API document writes a rate (0.0003), not as Java's Double.toString (2.0E-4)
    assertThat(Json.numberText(resumed.data().path("current_learning_rate"))).isEqualTo("0.0002");
    JsonNode after = emu.get("/training/jobs/" + id + "?include_logs=true").data();
    assertThat(Json.numberText(after.path("current_learning_rate"))).isEqualTo("0.0002");
    assertThat(after.path("logs").toString())
        .contains("from checkpoint checkpoint-epoch-3 with learning_rate=0.0002\"");
    assertThat(emu.get("/training/jobs/" + id).data().path("current_epoch").asInt()).isEqualTo(3);
    assertThat(emu.post("/training/jobs/" + id + "/resume", null).message())
        .isEqualTo("cannot resume running job");
    emu.advance(Duration.ofSeconds(2));
    Answer noCheckpoint = emu.post("/training/jobs/" + id + "/pause?save_checkpoint=false", null);
    assertThat(noCheckpoint.data().path("checkpoint_name").isNull()).isTrue();
    Answer latest = emu.post("/training/jobs/" + id + "/resume", null);
    assertThat(latest.data().path("resumed_from_checkpoint").asText()).isEqualTo("mine");
  }

  @Test
  void failAtEpochAndMaxRunTimeEndTheJobInFailure() {
    String failing =
        emu.post(
                "/training/jobs",
                TRAINING.replace("\"epochs\":10", "\"epochs\":10,\"fail_at_epoch\":2"))
            .data()
            .path("job_id")
            .asText();
    String limited =
        emu.post(
                "/training/jobs",
                TRAINING
                    .replace("\"name\":\"ppo\"", "\"name\":\"short\"")
                    .replace("}}", "},\"max_run_time\":\"PT5S\"}"))
            .data()
            .path("job_id")
            .asText();
    emu.advance(Duration.ofMinutes(1));
    JsonNode failed =
        emu.get("/training/jobs/" + failing + "?include_logs=true&log_lines=1").data();
    assertThat(failed.path("status").asText()).isEqualTo("failed");
    assertThat(failed.path("logs").get(0).asText())
        .isEqualTo("2024-01-05T00:00:07Z - Error: training failed at epoch 2 (fail_at_epoch)");
    JsonNode stopped =
        emu.get("/training/jobs/" + limited + "?include_logs=true&log_lines=1").data();
    assertThat(stopped.path("status").asText()).isEqualTo("failed");
    assertThat(stopped.path("logs").get(0).asText()).contains("max_run_time PT5S exceeded");
  }

  @Test
  void trainingValidationFiltersAndDelete() {
    assertThat(emu.post("/training/jobs", TRAINING.replace("0.0003", "-1")).message())
        .isEqualTo("hyperparameters.learning_rate must be positive");
    assertThat(emu.post("/training/jobs", TRAINING.replace("pytorch", "jax")).message())
        .isEqualTo("invalid training_framework value (allowed: pytorch/tensorflow/ray)");
    assertThat(emu.post("/training/jobs", TRAINING.replace("}}", "},\"priority\":11}")).message())
        .isEqualTo("priority must be an integer from 1 to 10");
    String id = emu.post("/training/jobs", TRAINING).data().path("job_id").asText();
    assertThat(emu.post("/training/jobs", TRAINING).message())
        .isEqualTo("training job name already exists");
    assertThat(emu.get("/training/jobs?training_framework=ray").data().path("total").asInt())
        .isZero();
    assertThat(emu.get("/training/jobs?status=bogus").message())
        .isEqualTo(
            "invalid status value (allowed: pending/running/success/failed/canceled/paused)");
    emu.advance(Duration.ofSeconds(4));
    Answer refused = emu.call("DELETE", "/training/jobs/" + id, null);
    assertThat(refused.message()).isEqualTo("training job is running, use force=true to delete");
    Answer deleted =
        emu.call("DELETE", "/training/jobs/" + id + "?force=true&delete_logs=true", null);
    assertThat(deleted.message()).isEqualTo("training job deleted successfully");
    assertThat(deleted.data().path("status_before_delete").asText()).isEqualTo("running");
    assertThat(emu.get("/training/jobs/" + id).message()).isEqualTo("training job not found");
  }
}
