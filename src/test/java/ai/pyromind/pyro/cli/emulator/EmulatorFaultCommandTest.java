package ai.pyromind.pyro.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import ai.pyromind.pyro.emulator.Resources;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyro emulator fault add|list|clear} and {@code status} against a real emulator, the way a
 * CI job uses them: the next N requests fail, then pyro's own commands meet the faults.
 */
class EmulatorFaultCommandTest {
  private static final String TOKEN = "pm_local_fault_test";
  @TempDir Path home;
  @TempDir Path data;
  private EmulatorServer server;
  private EmulatorLock lock;

  @BeforeEach
  void start() throws Exception {
    server =
        EmulatorServer.start(
            new EmulatorConfig(
                "127.0.0.1",
                0,
                TOKEN,
                1.0,
                null,
                Instant::now,
                Resources.parse("cpu=8,gpu=2"),
                problem -> {}));
    lock = EmulatorLock.take(data.resolve("emulator.lock")).orElseThrow();
    Files.writeString(data.resolve("emulator.pid"), Long.toString(ProcessHandle.current().pid()));
    Files.writeString(data.resolve("emulator.url"), server.url().toString());
  }

  @AfterEach
  void stop() {
    server.close();
    lock.close();
  }

  private PyroRun.Result pyro(String... args) {
    return new PyroRun(home)
        .env("PYRO_EMULATOR_TOKEN", TOKEN)
        .env("PYRO_TOKEN", TOKEN)
        .env("PYRO_API_URL", server.url().toString())
        .run(args);
  }

  private String[] fault(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "emulator";
    all[1] = "fault";
    System.arraycopy(args, 0, all, 2, args.length);
    all[args.length + 2] = "--data";
    all[args.length + 3] = data.toString();
    all[args.length + 4] = "--retries=0";
    return all;
  }

  @Test
  void theNextNRequestsFailWithTheInjectedStatusAndPyroExitsAsForTheRealOne() {
    PyroRun.Result added =
        pyro(
            fault(
                "add",
                "GET",
                "/sandboxes",
                "--status",
                "503",
                "--message",
                "maintenance",
                "--count",
                "1",
                "-o",
                "json"));
    assertThat(added.err()).as(added.toString()).isEmpty();
    assertThat(added.code()).as(added.toString()).isZero();
    assertThat(added.out())
        .contains("\"path_prefix\": \"/api/v1/sandboxes\"")
        .contains("\"remaining\": 1");
    PyroRun.Result failed = pyro("sandbox", "list", "--retries", "0");
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err()).isEqualTo("error: maintenance\n");
    assertThat(pyro("sandbox", "list", "--retries", "0").code()).isZero();
    assertThat(pyro(fault("list")).out()).isEqualTo("ID\tMETHOD\tPATH\tDOES\tLEFT\n");
  }

  @Test
  void closeDropsTheConnectionAndClearEndsEveryFault() {
    assertThat(pyro(fault("add", "*", "/", "--close")).code()).isZero();
    assertThat(
            pyro(fault("add", "POST", "/api/v1/instances", "--delay", "50ms", "--status", "500"))
                .code())
        .isZero();
    PyroRun.Result listed = pyro(fault("list"));
    listed.assertSucceeded();
    assertThat(listed.out())
        .isEqualTo(
            "ID\tMETHOD\tPATH\tDOES\tLEFT\n"
                + "1\t*\t/api/v1/\tdrop the connection\tuntil cleared\n"
                + "2\tPOST\t/api/v1/instances\twait 50ms, then 500 injected fault\tuntil cleared\n");
    PyroRun.Result dropped = pyro("sandbox", "list", "--retries", "0");
    assertThat(dropped.code()).as(dropped.toString()).isEqualTo(6);
    PyroRun.Result cleared = pyro(fault("clear"));
    assertThat(cleared.err()).contains("cleared 2 faults");
    assertThat(pyro("sandbox", "list", "--retries", "0").code()).isZero();
  }

  @Test
  void statusShowsTheCapacityUsedAndFree() {
    assertThat(
            pyro(
                    "sandbox",
                    "create",
                    "box",
                    "--type",
                    "t",
                    "--cpu",
                    "3",
                    "--memory",
                    "4",
                    "--gpu",
                    "1")
                .code())
        .isZero();
    PyroRun.Result status = pyro("emulator", "status", "--data", data.toString());
    assertThat(status.err()).as(status.toString()).isEmpty();
    assertThat(status.code()).isZero();
    assertThat(status.out())
        .endsWith(
            "capacity: cpu 3 used of 8 (5 free), memory 4 used, no limit, gpu 1 used of 2 (1 free)\n");
    PyroRun.Result json =
        pyro("emulator", "status", "--data", data.toString(), "--jq", ".capacity.gpu");
    json.assertSucceeded();
    assertThat(json.out()).isEqualTo("{\"limit\":2,\"used\":1,\"free\":1}\n");
  }

  @Test
  void withoutARunningEmulatorOrAnActionTheCommandsSaySo() throws Exception {
    Files.delete(data.resolve("emulator.pid"));
    PyroRun.Result none = pyro(fault("list"));
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err())
        .isEqualTo(
            "error: no emulator is running (start one with `pyro emulator start --detach`)\n");
    PyroRun.Result nothing = pyro(fault("add", "GET", "/"));
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err())
        .isEqualTo("error: say what the fault does: --status N, --delay DUR or --close\n");
    PyroRun.Result badCapacity = pyro("emulator", "start", "--capacity", "gpus=8");
    assertThat(badCapacity.code()).isEqualTo(2);
    assertThat(badCapacity.err())
        .isEqualTo("error: --capacity takes cpu=N,memory=N,gpu=N (any of them), not 'gpus=8'\n");
  }
}
