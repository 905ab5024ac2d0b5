package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyro emulator start --detach}, the local profile, status and stop, as a user runs them.
 */
class EmulatorCommandIT {
  @TempDir Path home;

  @Test
  void detachedEmulatorServesTheLocalProfileAndStops() throws Exception {
    PyroProcess pyro = new PyroProcess(home);
    Path data = home.resolve("data");
    PyroProcess.Result started =
        pyro.run(
            "emulator",
            "start",
            "--detach",
            "--port",
            "0",
            "--data",
            data.toString(),
            "--speed",
            "50");
    try {
      assertThat(started.code()).as(started.toString()).isZero();
      assertThat(started.out())
          .startsWith("url:     http://127.0.0.1:")
          .contains("token:   pm_local_")
          .contains("profile: local");
      String config = Files.readString(home.resolve("config.yaml"));
      assertThat(config).contains("local:").doesNotContain("current_profile");
      assertThat(
              pyro.run(
                      "-p",
                      "local",
                      "sandbox",
                      "create",
                      "from-e2e",
                      "--type",
                      "t",
                      "--cpu",
                      "1",
                      "--memory",
                      "1")
                  .code())
          .isZero();
      assertThat(pyro.run("-p", "local", "sandbox", "list", "-o", "id").succeeded().out())
          .isEqualTo("sbx_100000001\n");
      PyroProcess.Result status = pyro.run("emulator", "status", "--data", data.toString());
      assertThat(status.code()).isZero();
      assertThat(status.succeeded().out()).startsWith("running (pid ");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
          .isEqualTo("rwx------");
      for (String file : List.of("journal.jsonl", "token", "emulator.pid", "emulator.log")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
            .as(file)
            .isEqualTo("rw-------");
      }
      assertThat(Files.readString(data.resolve("emulator.log")))
          .doesNotContain(config.replaceAll("(?s).*token: (\\S+).*", "$1"));
    } finally {
      PyroProcess.Result stopped = pyro.run("emulator", "stop", "--data", data.toString());
      assertThat(stopped.code()).as(stopped.toString()).isZero();
    }
    assertThat(pyro.run("emulator", "status", "--data", data.toString()).code()).isEqualTo(1);
    PyroProcess.Result restarted =
        pyro.run("emulator", "start", "--detach", "--port", "0", "--data", data.toString());
    try {
      assertThat(pyro.run("-p", "local", "sandbox", "list", "-o", "id").succeeded().out())
          .as("state kept in the data dir")
          .isEqualTo("sbx_100000001\n");
    } finally {
      pyro.run("emulator", "stop", "--data", data.toString());
    }
    assertThat(restarted.code()).isZero();
  }

  @Test
  void aDetachedEmulatorKeepsItsCapacityAndTakesFaultsFromAnotherProcess() throws Exception {
    PyroProcess pyro = new PyroProcess(home);
    String data = home.resolve("limited").toString();
    PyroProcess.Result started =
        pyro.run(
            "emulator", "start", "--detach", "--port", "0", "--data", data, "--capacity", "gpu=1");
    try {
      assertThat(started.code()).as(started.toString()).isZero();
      String[] create = {
        "-p",
        "local",
        "sandbox",
        "create",
        "box-a",
        "--type",
        "t",
        "--cpu",
        "1",
        "--memory",
        "1",
        "--gpu",
        "1"
      };
      PyroProcess.Result first = pyro.run(create);
      assertThat(first.code()).as(first.toString()).isZero();
      create[4] = "box-b";
      PyroProcess.Result refused = pyro.run(create);
      assertThat(refused.code()).isEqualTo(1);
      assertThat(refused.err())
          .isEqualTo("error: failed to create sandbox due to resource shortage\n");
      assertThat(pyro.run("emulator", "status", "--data", data).succeeded().out())
          .endsWith(
              "capacity: cpu 1 used, no limit, memory 1 used, no limit, gpu 1 used of 1 (0 free)\n");
      PyroProcess.Result added =
          pyro.run(
              "emulator",
              "fault",
              "add",
              "GET",
              "/sandboxes",
              "--status",
              "503",
              "--count",
              "1",
              "--data",
              data);
      assertThat(added.code()).as(added.toString()).isZero();
      PyroProcess.Result failed = pyro.run("-p", "local", "--retries", "0", "sandbox", "list");
      assertThat(failed.code()).isEqualTo(1);
      assertThat(failed.err()).isEqualTo("error: injected fault\n");
      assertThat(
              pyro.run("-p", "local", "--retries", "0", "sandbox", "list", "-o", "id")
                  .succeeded()
                  .out())
          .isEqualTo("sbx_100000001\n");
    } finally {
      pyro.run("emulator", "stop", "--data", data);
    }
  }
}
