package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wait, logs -f, watch and Ctrl-C, with the built binary against a running emulator. */
class FollowEndToEndIT {
  private static final String TOKEN = "follow-token";
  private static EmulatorServer emulator;
  @TempDir Path home;
  private PyroProcess pyro;

  @BeforeAll
  static void startEmulator() throws Exception {
    emulator =
        EmulatorServer.start(new EmulatorConfig("127.0.0.1", 0, TOKEN, 20, null, Instant::now));
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

  private String submit(String name, String... hyperparameters) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train",
                "submit",
                name,
                "--framework",
                "pytorch",
                "--model",
                "m",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--train-data",
                "s3://t",
                "--output-bucket",
                "b",
                "--output-path",
                "/p",
                "-o",
                "id"));
    for (String hp : hyperparameters) {
      args.add("--hp");
      args.add(hp);
    }
    PyroProcess.Result r = pyro.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isZero();
    return r.out().trim();
  }

  @Test
  void submitWithWaitBlocksUntilTheJobSucceeds() {
    PyroProcess.Result r =
        pyro.run(
            "train",
            "submit",
            "waited",
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
            "epochs=5",
            "--output-bucket",
            "b",
            "--output-path",
            "/p",
            "--wait",
            "--interval",
            "200ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).contains("✓ submitted train_").contains(" succeeded\n");
    assertThat(r.out()).contains("\tsuccess\t100%\t");
  }

  @Test
  void logsFollowToSuccessPrintsEveryEpochOnce() {
    String id = submit("followed", "epochs=12");
    PyroProcess.Result r = pyro.run("train", "logs", id, "-f", "--interval", "300ms");
    assertThat(r.code()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).first().asString().endsWith("- Training started");
    assertThat(lines).last().asString().endsWith("- Training completed");
    for (int epoch = 1; epoch <= 12; epoch++) {
      String marker = "- Epoch " + epoch + "/12 ";
      assertThat(lines.stream().filter(l -> l.contains(marker)))
          .as("epoch %d once", epoch)
          .hasSize(1);
    }
    assertThat(r.err()).isEqualTo("✓ " + id + " succeeded\n");
  }

  @Test
  void logsFollowOfAFailingJobExits7() {
    String id = submit("doomed", "epochs=10", "fail_at_epoch=3");
    PyroProcess.Result r = pyro.run("train", "logs", id, "-f", "--interval", "300ms");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.out()).endsWith("- Error: training failed at epoch 3 (fail_at_epoch)\n");
    assertThat(r.err()).isEqualTo("error: " + id + " failed\n");
  }

  @Test
  void watchWithoutATerminalPrintsPlainLines() {
    String id = submit("watched", "epochs=4");
    PyroProcess.Result r = pyro.run("train", "watch", id, "--interval", "300ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("epoch 4/4 100% train_loss=")
        .contains("- Training completed\n")
        .doesNotContain("\u001b");
  }

  @Test
  void ctrlCDuringLogsFollowExits130AndLeavesTheJobRunning() throws Exception {
    String id = submit("interrupted", "epochs=5000");
    assertThat(interruptedFollow(id))
        .isEqualTo(
            "stopped following; "
                + id
                + " is untouched. Follow again with: pyro train logs "
                + id
                + " -f\n");
    assertThat(pyro.run("train", "get", id, "--jq", ".status").succeeded().out())
        .isEqualTo("running\n");
    pyro.run("train", "delete", id, "--force", "-y");
  }

  @Test
  void ctrlCWithJsonOutputEndsWithOneJsonErrorObject() throws Exception {
    String id = submit("interrupted-json", "epochs=5000");
    assertThat(interruptedFollow(id, "-o", "json"))
        .isEqualTo(
            "{\"error\":{\"message\":\"stopped following; "
                + id
                + " is untouched. Follow again with: pyro -o json train logs "
                + id
                + " -f\",\"http_status\":null,\"exit_code\":130,\"resource\":\""
                + id
                + "\"}}\n");
    pyro.run("train", "delete", id, "--force", "-y");
  }

  /** Follows the job's log, sends pyro a real SIGINT once a line is out; returns its stderr. */
  private String interruptedFollow(String id, String... extra) throws Exception {
    Path out = home.resolve("follow.out");
    Path err = home.resolve("follow.err");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                PyroProcess.BINARY.toString(), "train", "logs", id, "-f", "--interval", "200ms"));
    command.addAll(List.of(extra));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("PYRO_API_URL", emulator.url().toString());
    builder.environment().put("PYRO_TOKEN", TOKEN);
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    Process follow = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (Files.size(out) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(500);
    new ProcessBuilder("kill", "-INT", Long.toString(follow.pid())).start().waitFor();
    assertThat(follow.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(follow.exitValue()).isEqualTo(130);
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  @Test
  void watchOnARealTerminalDrawsTheViewAndRestoresTheTerminalOnQ() throws Exception {
    assumeThat(Files.isExecutable(Path.of("/usr/bin/tmux")))
        .as("tmux is installed by .ci/run")
        .isTrue();
    String id = submit("on-screen", "epochs=300", "learning_rate=0.001");
    String session = "pyro-watch-" + ProcessHandle.current().pid();
    String command =
        "env PYRO_API_URL="
            + emulator.url()
            + " PYRO_TOKEN="
            + TOKEN
            + " PYRO_CONFIG="
            + home.resolve("config.yaml")
            + " TERM=xterm-256color "
            + PyroProcess.BINARY
            + " train watch "
            + id
            + " --interval 300ms; echo EXIT=$?; sleep 60";
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command);
    try {
      String screen = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!(screen.contains("train_loss") && screen.contains("reward_mean"))
          && System.nanoTime() < deadline) {
        Thread.sleep(300);
        screen = tmux("capture-pane", "-p", "-t", session);
      }
      Thread.sleep(1500);
      screen = tmux("capture-pane", "-p", "-t", session);
      assertThat(screen)
          .contains("on-screen")
          .contains(id)
          .contains("running · pytorch · m")
          .containsPattern("█+.*%   epoch \\d+/300   ETA")
          .contains("train_loss")
          .contains("val_loss")
          .contains("reward_mean")
          .containsPattern("[▁▂▃▄▅▆▇█]{2,}")
          .contains("Epoch ")
          .contains("q quit");
      assertThat(tmux("display", "-p", "-t", session, "#{alternate_on}").trim()).isEqualTo("1");
      tmux("send-keys", "-t", session, "q");
      String after = "";
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!after.contains("EXIT=") && System.nanoTime() < deadline) {
        Thread.sleep(200);
        after = tmux("capture-pane", "-p", "-t", session);
      }
      assertThat(after).contains("EXIT=0").contains("stopped watching; " + id + " is untouched");
      assertThat(tmux("display", "-p", "-t", session, "#{alternate_on} #{cursor_flag}").trim())
          .isEqualTo("0 1");
      // what the view showed stays on the normal screen
      assertThat(after)
          .containsPattern(id + "  on-screen  running  epoch \\d+/300  \\d+%")
          .containsPattern("  train_loss \\d\\.\\d{3}  val_loss \\d\\.\\d{3}  reward_mean ")
          .containsPattern("  \\d\\d:\\d\\d:\\d\\d  Epoch \\d+/300 - ");
    } finally {
      tmux("kill-session", "-t", session);
      pyro.run("train", "delete", id, "--force", "-y");
    }
  }

  @Test
  void watchOfAJobThatFailsLeavesItsLastLinesAndTheErrorOnTheScreen() throws Exception {
    assumeThat(Files.isExecutable(Path.of("/usr/bin/tmux")))
        .as("tmux is installed by .ci/run")
        .isTrue();
    String id = submit("falls-over", "epochs=10", "fail_at_epoch=3");
    String session = "pyro-watch-fail-" + ProcessHandle.current().pid();
    String command =
        "env PYRO_API_URL="
            + emulator.url()
            + " PYRO_TOKEN="
            + TOKEN
            + " PYRO_CONFIG="
            + home.resolve("config.yaml")
            + " TERM=xterm-256color "
            + PyroProcess.BINARY
            + " train watch "
            + id
            + " --interval 200ms; echo EXIT=$?; sleep 60";
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command);
    try {
      String screen = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!screen.contains("EXIT=") && System.nanoTime() < deadline) {
        Thread.sleep(200);
        screen = tmux("capture-pane", "-p", "-t", session);
      }
      assertThat(screen)
          .containsPattern(id + "  falls-over  failed  epoch 3/10")
          .contains("Error: training failed at epoch 3 (fail_at_epoch)")
          .contains("error: " + id + " failed")
          .contains("EXIT=7");
      assertThat(tmux("display", "-p", "-t", session, "#{alternate_on}").trim()).isEqualTo("0");
    } finally {
      tmux("kill-session", "-t", session);
      pyro.run("train", "delete", id, "--force", "-y");
    }
  }

  private static String tmux(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("tmux"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return out;
  }
}
