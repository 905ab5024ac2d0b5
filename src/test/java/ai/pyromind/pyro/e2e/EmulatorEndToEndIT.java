package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built binary against a running emulator: one scenario per command group. */
class EmulatorEndToEndIT {
  private static final String TOKEN = "e2e-token";
  private static final Duration PATIENCE = Duration.ofSeconds(40);
  private static EmulatorServer emulator;
  @TempDir Path home;
  private PyroProcess pyro;

  @BeforeAll
  static void startEmulator() throws Exception {
    emulator =
        EmulatorServer.start(new EmulatorConfig("127.0.0.1", 0, TOKEN, 100, null, Instant::now));
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void pyro() {
    pyro =
        new PyroProcess(home)
            .env("PYRO_API_URL", emulator.url().toString())
            .env("PYRO_TOKEN", TOKEN);
  }

  @Test
  void sandboxCreateGetActDelete() throws Exception {
    PyroProcess.Result created =
        pyro.run(
            "sandbox",
            "create",
            "e2e-box",
            "--type",
            "cpu-sandbox",
            "--cpu",
            "2",
            "--memory",
            "4",
            "-o",
            "id");
    assertThat(created.code()).as(created.toString()).isZero();
    String id = created.out().trim();
    pyro.until("running"::equals, PATIENCE, "sandbox", "get", id, "--jq", ".status");
    PyroProcess.Result restarted = pyro.run("sandbox", "restart", id);
    assertThat(restarted.code()).as(restarted.toString()).isZero();
    assertThat(restarted.out()).contains("restart\tcompleted");
    PyroProcess.Result vnc = pyro.run("sandbox", "vnc", id, "--print");
    assertThat(vnc.succeeded().out()).contains("127.0.0.1\t5901\t***");
    PyroProcess.Result refused = pyro.run("sandbox", "delete", id, "--yes");
    assertThat(refused.code()).isEqualTo(4);
    assertThat(refused.err())
        .isEqualTo("error: sandbox has running tasks, use force=true to delete (pass --force)\n");
    assertThat(pyro.run("sandbox", "delete", id, "--force", "--yes").code()).isZero();
    PyroProcess.Result gone = pyro.run("sandbox", "get", id);
    assertThat(gone.code()).isEqualTo(3);
    assertThat(gone.err()).isEqualTo("error: sandbox not found (check sandbox_id or expired)\n");
  }

  @Test
  void instanceCreateEditPauseResumeTokenDelete() throws Exception {
    PyroProcess.Result created =
        pyro.runWithInput(
            "S3cret!pw\n",
            "instance",
            "create",
            "e2e-lab",
            "--resource-type",
            "gpu",
            "--cpu",
            "4",
            "--memory",
            "16",
            "--gpu",
            "1",
            "--password-stdin",
            "-o",
            "id");
    assertThat(created.code()).as(created.toString()).isZero();
    String id = created.out().trim();
    pyro.until("running"::equals, PATIENCE, "instance", "get", id, "--jq", ".status");
    assertThat(pyro.run("instance", "edit", id, "--cpu", "8").succeeded().out())
        .contains("\tresource_config\t8\t");
    assertThat(pyro.run("instance", "pause", id).succeeded().err())
        .isEqualTo("✓ paused " + id + ", 1 checkpoint\n");
    assertThat(pyro.run("instance", "resume", id, "--restore-checkpoint").code()).isZero();
    PyroProcess.Result token =
        pyro.run("instance", "token", id, "--ttl", "10m", "--jq", ".token_ttl");
    assertThat(token.code()).as(token.toString()).isZero();
    assertThat(token.out()).isEqualTo("600\n");
    assertThat(token.err())
        .isEqualTo("warning: the token grants full access to the instance: do not share it\n");
    assertThat(pyro.run("instance", "delete", id, "--force", "--backup-bucket", "bk", "-y").code())
        .isZero();
  }

  @Test
  void inferenceRunsToSuccess() throws Exception {
    PyroProcess.Result created =
        pyro.run(
            "inference",
            "create",
            "e2e-inf",
            "--model-type",
            "nlp",
            "--model",
            "bert",
            "--cpu",
            "2",
            "--memory",
            "4",
            "--input",
            "s3://in",
            "--output-bucket",
            "b",
            "--output-path",
            "/o",
            "-o",
            "id");
    assertThat(created.code()).as(created.toString()).isZero();
    String id = created.out().trim();
    pyro.until("success"::equals, PATIENCE, "inference", "get", id, "--jq", ".status");
    PyroProcess.Result logs =
        pyro.run("inference", "get", id, "--logs", "--log-lines", "1", "--jq", ".logs[0]");
    assertThat(logs.succeeded().out()).endsWith("- Inference completed, results written to /o\n");
  }

  @Test
  void trainingSubmittedPausedResumedAndRunToSuccess() throws Exception {
    PyroProcess.Result submitted =
        pyro.run(
            "train",
            "submit",
            "e2e-ppo",
            "--framework",
            "pytorch",
            "--model",
            "ppo",
            "--cpu",
            "4",
            "--memory",
            "8",
            "--train-data",
            "s3://t",
            "--hp",
            "epochs=150",
            "--hp",
            "learning_rate=0.001",
            "--output-bucket",
            "b",
            "--output-path",
            "/m",
            "--save-frequency",
            "50",
            "-o",
            "id");
    assertThat(submitted.code()).as(submitted.toString()).isZero();
    String id = submitted.out().trim();
    pyro.until(
        s -> Integer.parseInt(s) >= 1, PATIENCE, "train", "get", id, "--jq", ".current_epoch");
    PyroProcess.Result paused = pyro.run("train", "pause", id, "--checkpoint-name", "mid");
    assertThat(paused.code()).as(paused.toString()).isZero();
    assertThat(paused.succeeded().out()).contains("\tpaused\t").contains("\tmid\t");
    assertThat(pyro.run("train", "list", "--status", "paused", "-o", "id").succeeded().out())
        .contains(id);
    PyroProcess.Result resumed =
        pyro.run("train", "resume", id, "--from-checkpoint", "mid", "--learning-rate", "0.0002");
    assertThat(resumed.code()).as(resumed.toString()).isZero();
    assertThat(resumed.err()).isEqualTo("✓ resumed " + id + " from mid\n");
    pyro.until("success"::equals, PATIENCE, "train", "get", id, "--jq", ".status");
    PyroProcess.Result done =
        pyro.run("train", "get", id, "--metrics", "--logs", "--log-lines", "200", "-o", "json");
    assertThat(done.succeeded().out())
        .contains("\"train_loss\"")
        .contains("\"reward_mean\"")
        .contains("Training completed")
        .contains("Training paused at epoch")
        .contains("from checkpoint mid with learning_rate=0.0002");
    assertThat(pyro.run("train", "delete", id, "-y").code()).isZero();
  }

  @Test
  void aFailingJobEndsFailedWithItsReasonInTheLog() throws Exception {
    String id =
        pyro.run(
                "train",
                "submit",
                "e2e-fail",
                "--framework",
                "ray",
                "--model",
                "m",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--train-data",
                "s3://t",
                "--hp",
                "epochs=10",
                "--hp",
                "fail_at_epoch=3",
                "--output-bucket",
                "b",
                "--output-path",
                "/m",
                "-o",
                "id")
            .out()
            .trim();
    pyro.until("failed"::equals, PATIENCE, "train", "get", id, "--jq", ".status");
    assertThat(
            pyro.run("train", "get", id, "--logs", "--log-lines", "1", "--jq", ".logs[0]")
                .succeeded()
                .out())
        .endsWith("- Error: training failed at epoch 3 (fail_at_epoch)\n");
    assertThat(pyro.run("train", "list", "--status", "failed", "-o", "id").succeeded().out())
        .contains(id);
  }
}
