package ai.pyromind.pyro.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.config.Config;
import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import ai.pyromind.pyro.testing.PyroRun;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emulator start} when things are in its way: a taken port, open dirs, other emulators. */
class EmulatorStartTest {
  @TempDir Path home;

  private static ServerSocket listener() throws Exception {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return socket;
  }

  private static String portTaken(int port) {
    return "error: port "
        + port
        + " on 127.0.0.1 is taken: something is already listening there (if it is an emulator,"
        + " `pyro emulator status` shows it); stop it, or choose another port with --port N"
        + " (0 picks a free one)\n";
  }

  @Test
  void aTakenPortIsOneLineNamingThePortAndTheWayOut() throws Exception {
    try (ServerSocket taken = listener()) {
      int port = taken.getLocalPort();
      PyroRun.Result foreground = new PyroRun(home).run("emulator", "start", "--port", "" + port);
      assertThat(foreground.code()).as(foreground.toString()).isEqualTo(1);
      assertThat(foreground.err()).isEqualTo(portTaken(port));

      PyroRun.Result detached =
          new PyroRun(home).run("emulator", "start", "--detach", "--port", "" + port);
      assertThat(detached.code()).as(detached.toString()).isEqualTo(1);
      assertThat(detached.err()).isEqualTo(portTaken(port));
      assertThat(detached.out()).isEmpty();
    }
  }

  @Test
  void theDefaultPortIsNot8080() {
    PyroRun.Result help = new PyroRun(home).run("emulator", "start", "--help");
    help.assertSucceeded();
    assertThat(help.out()).contains("(default 7976; 0 picks a free one)").doesNotContain("8080");
  }

  @Test
  void anExistingDataDirOthersCanReadIsWarnedAboutInOneLine() throws Exception {
    Path data = Files.createDirectory(home.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (ServerSocket taken = listener()) {
      int port = taken.getLocalPort();
      PyroRun.Result result =
          new PyroRun(home)
              .run("emulator", "start", "--port", "" + port, "--data", data.toString());
      assertThat(result.err())
          .isEqualTo(
              "warning: the data dir "
                  + data
                  + " is open to other users (rwxr-xr-x) and will hold passwords; make it private"
                  + " with: chmod 700 "
                  + data
                  + "\n"
                  + portTaken(port));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .as("the user's own dir is left as it is")
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void aHostOtherMachinesCanReachIsWarnedAbout() throws Exception {
    Path data = home.resolve("data");
    Files.createDirectories(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(data.resolve("journal.jsonl"), "not json\n{}\n");
    PyroRun.Result result =
        new PyroRun(home)
            .run("emulator", "start", "--host", "0.0.0.0", "--port", "0", "--data", "" + data);
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .startsWith(
            "warning: --host 0.0.0.0 is not a loopback address: other machines can reach the"
                + " emulator, and its token travels in plain http\n"
                + "error: "
                + data.resolve("journal.jsonl")
                + ":1: not valid JSON");
  }

  @Test
  void aDetachedEmulatorThatCannotStartIsOneLineWithItsReason() throws Exception {
    Path data = home.resolve("data");
    Files.createDirectories(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(data.resolve("journal.jsonl"), "{\"op\":\"x\",\"at\":\"\"}\n{}\n");
    PyroRun.Result result =
        new PyroRun(home)
            .run("emulator", "start", "--detach", "--port", "0", "--data", data.toString());
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "error: "
                + data.resolve("journal.jsonl")
                + ":1: \"at\" is not a time: \"\"; the journal is left as it is: repair or"
                + " remove that line, then start again\n");
  }

  @Test
  void aDetachedStartThatLosesTheRaceForTheDirSaysWhyWithItsOwnCodeAndLine() throws Exception {
    Path data = home.resolve("raced");
    Files.createDirectories(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    Path log = data.resolve("emulator.log");
    java.util.concurrent.atomic.AtomicReference<EmulatorLock> rivalLock =
        new java.util.concurrent.atomic.AtomicReference<>();
    // a second start at the same moment: it takes the dir once this start has made its log (its
    // child is still starting up), and its emulator writes on in the log the two share
    Thread rival =
        new Thread(
            () -> {
              try {
                while (!Files.exists(log)) {
                  Thread.sleep(1);
                }
                rivalLock.set(EmulatorLock.take(data.resolve("emulator.lock")).orElseThrow());
                while (true) {
                  Files.writeString(
                      log,
                      "PyroMind emulator listening on http://127.0.0.1:9\n",
                      java.nio.file.StandardOpenOption.APPEND);
                  Thread.sleep(5);
                }
              } catch (InterruptedException e) {
                // the test is over
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    rival.start();
    try {
      PyroRun.Result result =
          new PyroRun(home)
              .run("emulator", "start", "--detach", "--port", "0", "--data", data.toString());
      assertThat(result.code()).as(result.toString()).isEqualTo(4);
      assertThat(result.out()).isEmpty();
      assertThat(result.err())
          .isEqualTo(
              "error: an emulator is already running (starting); stop it with `pyro emulator"
                  + " stop --data "
                  + data
                  + "`\n");
    } finally {
      rival.interrupt();
      rival.join();
      if (rivalLock.get() != null) {
        rivalLock.get().close();
      }
    }
  }

  @Test
  void aSecondEmulatorLeavesTheLocalProfileOfOneThatStillRuns() throws Exception {
    Config config = new Config(Json.object());
    try (EmulatorServer first =
        EmulatorServer.start(
            new EmulatorConfig("127.0.0.1", 0, "first-token", 1.0, null, Instant::now))) {
      config.set("local", "api_url", first.url().toString());
      config.set("local", "token", "first-token");
      assertThat(LocalProfile.choose(config, home.resolve("second"), 9, "http://127.0.0.1:9"))
          .isEqualTo("local-second");
      assertThat(LocalProfile.choose(config, null, 9, "http://127.0.0.1:9")).isEqualTo("local-9");
      assertThat(LocalProfile.choose(config, home.resolve("x"), 9, first.url().toString()))
          .as("restarting on the same URL takes `local` back")
          .isEqualTo("local");
    }
    assertThat(LocalProfile.choose(config, home.resolve("second"), 9, "http://127.0.0.1:9"))
        .as("once the first one is gone, `local` is free again")
        .isEqualTo("local");
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNoTemporaryFileBehind() throws Exception {
    Path data = home.resolve("data");
    Files.createDirectories(data.resolve("token").resolve("in-the-way"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    PyroRun.Result result =
        new PyroRun(home)
            .env("PYRO_EMULATOR_TOKEN", "pm_local_test")
            .run("emulator", "start", "--port", "0", "--data", data.toString());
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: cannot write " + data.resolve("token") + ": ");
    try (var files = Files.list(data)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".tmp-"));
    }
  }

  /** A full disk, as far as one file goes: a non-empty folder where the file is to be moved. */
  private static Path dataWithFileInTheWay(Path home, String file) throws Exception {
    Path data = home.resolve("data");
    Files.createDirectories(data.resolve(file).resolve("in-the-way"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    return data;
  }

  @Test
  void aPidFileThatCannotBeWrittenLeavesNoProfileBehind() throws Exception {
    Path data = dataWithFileInTheWay(home, "emulator.pid");
    PyroRun.Result result =
        new PyroRun(home)
            .env("PYRO_EMULATOR_TOKEN", "pm_local_test")
            .run("emulator", "start", "--port", "0", "--data", data.toString());
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("error: cannot write " + data.resolve("emulator.pid") + ": ")
        .hasLineCount(1);
    Path config = home.resolve("config.yaml");
    assertThat(Files.exists(config) ? Files.readString(config) : "").doesNotContain("local");
    assertThat(data.resolve("emulator.url")).doesNotExist();
    assertThat(data.resolve("token")).as("written by this start: taken back").doesNotExist();
  }

  @Test
  void aUrlFileThatCannotBeWrittenPutsTheProfileBackAsItWas() throws Exception {
    Path data = dataWithFileInTheWay(home, "emulator.url");
    String before =
        "profiles:\n  local:\n    api_url: http://127.0.0.1:9\n    token: pm_local_old\n";
    Files.writeString(home.resolve("config.yaml"), before);
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"), PosixFilePermissions.fromString("rw-------"));
    PyroRun.Result result =
        new PyroRun(home)
            .env("PYRO_EMULATOR_TOKEN", "pm_local_test")
            .run("emulator", "start", "--port", "0", "--data", data.toString());
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("error: cannot write " + data.resolve("emulator.url") + ": ")
        .hasLineCount(1);
    Config config =
        new ai.pyromind.pyro.config.ConfigStore(home.resolve("config.yaml")).load(w -> {});
    assertThat(config.get("local", "api_url")).isEqualTo("http://127.0.0.1:9");
    assertThat(config.get("local", "token")).isEqualTo("pm_local_old");
    assertThat(config.profileNames()).containsExactly("local");
    assertThat(data.resolve("emulator.pid")).doesNotExist();
  }

  @Test
  void aSpeedNoClockCanFollowIsAUsageError() throws Exception {
    try (ServerSocket taken = listener()) {
      for (String speed : new String[] {"1e308", "1000001", "Infinity", "0", "-1"}) {
        new PyroRun(home)
            .run("emulator", "start", "--port", "" + taken.getLocalPort(), "--speed", speed)
            .assertEnded(2, "error: --speed must be a positive number of at most 1000000\n");
      }
    }
  }
}
