package ai.pyromind.pyro.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroRun;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pid file names a process, not an emulator: after a crash or a reboot that pid may belong to
 * any other program, which {@code emulator stop} must never kill and which must not keep a new
 * emulator from starting. And two starts at once must not leave an emulator nobody can stop.
 */
class EmulatorPidFileTest {
  @TempDir Path home;

  private Path stateDir() {
    return home.resolve(".local/state/pyro");
  }

  /** What a killed emulator leaves behind, its pid now taken by {@code other}. */
  private void stalePidFileNaming(Process other) throws Exception {
    Files.createDirectories(stateDir());
    Files.writeString(stateDir().resolve("emulator.pid"), other.pid() + "\n");
    Files.writeString(stateDir().resolve("emulator.url"), "http://127.0.0.1:9\n");
  }

  @Test
  void stopNeverKillsAProgramThatTookTheCrashedEmulatorsPid() throws Exception {
    Process bystander = new ProcessBuilder("sleep", "60").start();
    try {
      stalePidFileNaming(bystander);

      PyroRun.Result status = new PyroRun(home).run("emulator", "status");
      assertThat(status.code()).as(status.toString()).isEqualTo(1);
      assertThat(status.out()).isEqualTo("not running\n");

      new PyroRun(home).run("emulator", "stop").assertEnded(1, "error: no emulator is running\n");
      assertThat(bystander.waitFor(1, TimeUnit.SECONDS))
          .as("the program that has the pid now is still running")
          .isFalse();
    } finally {
      bystander.destroyForcibly();
    }
  }

  @Test
  void aStalePidFileDoesNotKeepANewEmulatorFromStarting() throws Exception {
    Process bystander = new ProcessBuilder("sleep", "60").start();
    try {
      stalePidFileNaming(bystander);
      PyroRun.Result started =
          new PyroRun(home).run("emulator", "start", "--detach", "--port", "0");
      try {
        assertThat(started.code()).as(started.toString()).isZero();
        assertThat(started.out()).startsWith("url:     http://127.0.0.1:");
      } finally {
        PyroRun.Result stopped = new PyroRun(home).run("emulator", "stop");
        assertThat(stopped.code()).as(stopped.toString()).isZero();
        assertThat(stopped.err())
            .startsWith("✓ stopped the emulator (pid ")
            .doesNotContain("(pid " + bystander.pid() + ")");
      }
      assertThat(bystander.isAlive()).isTrue();
    } finally {
      bystander.destroyForcibly();
    }
  }

  /**
   * Another emulator holds the state dir but has not written its pid yet (two starts at once): a
   * second start is refused, instead of running beside it with one pid file for both.
   */
  @Test
  void anEmulatorStillStartingKeepsASecondOneFromStarting() throws Exception {
    Files.createDirectories(stateDir());
    try (FileChannel channel =
            FileChannel.open(
                stateDir().resolve("emulator.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      PyroRun.Result second = new PyroRun(home).run("emulator", "start", "--detach", "--port", "0");
      if (second.code() == 0) {
        new PyroRun(home).run("emulator", "stop");
      }
      assertThat(second.code()).as(second.toString()).isEqualTo(4);
      assertThat(second.out()).isEmpty();
      assertThat(second.err())
          .isEqualTo(
              "error: an emulator is already running (starting); stop it with `pyro emulator"
                  + " stop`\n");
      assertThat(stateDir().resolve("emulator.pid")).doesNotExist();
    }
  }

  /** With --data the pid file is in the data dir: the way out it names must say so. */
  @Test
  void theStopCommandADetachedEmulatorNamesStopsIt() throws Exception {
    Path data = home.resolve("my data");
    PyroRun.Result started =
        new PyroRun(home)
            .run("emulator", "start", "--detach", "--port", "0", "--data", data.toString());
    try {
      assertThat(started.code()).as(started.toString()).isZero();
      assertThat(started.err())
          .endsWith("); stop it with `pyro emulator stop --data '" + data + "'`\n");
      PyroRun.Result again =
          new PyroRun(home)
              .run("emulator", "start", "--detach", "--port", "0", "--data", data.toString());
      assertThat(again.code()).as(again.toString()).isEqualTo(4);
      assertThat(again.err())
          .endsWith("); stop it with `pyro emulator stop --data '" + data + "'`\n");
    } finally {
      PyroRun.Result stopped = new PyroRun(home).run("emulator", "stop", "--data", data.toString());
      assertThat(stopped.code()).as(stopped.toString()).isZero();
    }
  }
}
