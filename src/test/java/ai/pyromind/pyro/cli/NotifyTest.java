package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.ClosingPipe;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --notify: a desktop notification, else the bell; never blocks, never changes the exit. */
class NotifyTest extends CommandTest {
  private static final String BELL = "\007";

  /**
   * A notify-send that writes its arguments and environment next to itself, then runs {@code then}.
   */
  private Path fakeNotifySend(String then) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path script = bin.resolve("notify-send");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > "
            + bin.resolve("argv")
            + "\n/usr/bin/env > "
            + bin.resolve("env")
            + "\n"
            + then
            + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return bin;
  }

  private List<String> argv() throws IOException {
    return Files.readAllLines(home.resolve("bin").resolve("argv"));
  }

  private void stubSandbox(String status) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"name\":\"demo\",\"status\":\""
                            + status
                            + "\"}"))));
  }

  private PyroRun withDesktop(Path bin) {
    return pyro().env("DISPLAY", ":0").env("PATH", bin.toString());
  }

  @Test
  void aWaitThatEndsSendsOneNotificationNamingTheResourceAndItsState() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    stubSandbox("running");
    PyroRun.Result r = withDesktop(bin).run("sandbox", "wait", "sbx_1", "--notify", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_1\n");
    assertThat(argv())
        .containsExactly("--app-name=pyro", "--", "pyro sandbox wait", "sbx_1 is running");
    assertThat(Files.readString(bin.resolve("env")))
        .contains("DISPLAY=:0")
        .doesNotContain("PYRO_TOKEN")
        .doesNotContain(TOKEN);
    assertThat(r.err()).doesNotContain(BELL);
  }

  @Test
  void aFollowThatEndsNotifiesWithTheJobsEnd() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_1"))
            .withQueryParam("include_logs", equalTo("true"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"failed\",\"logs\":[\"x\"]}"))));
    PyroRun.Result r =
        withDesktop(bin).run("train", "logs", "train_1", "-f", "--notify", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(argv()).endsWith("pyro train logs", "train_1 failed");
  }

  @Test
  void aFollowCutOffByItsReaderLeavingEndsAt141WithoutANotification() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_1"))
            .withQueryParam("include_logs", equalTo("true"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"running\",\"logs\":[\"x\"]}"))));
    // pyro train logs train_1 -f --notify | head -0: the job has not ended, pyro was cut off
    PyroRun.Result r =
        withDesktop(bin)
            .stdout(ClosingPipe.readerLeavesAfter(0))
            .terminal()
            .run("train", "logs", "train_1", "-f", "--notify", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(141);
    assertThat(bin.resolve("argv")).doesNotExist();
    assertThat(r.err()).doesNotContain(BELL).doesNotContain("OutputClosed");
  }

  @Test
  void aWaitThatFailsKeepsItsExitAndTheNotificationSaysWhy() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope(404, "sandbox not found", "null"))));
    PyroRun.Result r = withDesktop(bin).run("sandbox", "wait", "sbx_1", "--notify");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(argv()).endsWith("pyro sandbox wait", "sbx_1: sandbox not found");
  }

  @Test
  void aHugeServerMessageIsShortenedSoTheNotificationStillGoesOut() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    String huge = "x".repeat(200_000);
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope(404, huge, "null"))));
    PyroRun.Result r = withDesktop(bin).terminal().run("sandbox", "wait", "sbx_1", "--notify");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    String text = argv().get(3);
    assertThat(text).startsWith("sbx_1: xxx").endsWith("…").hasSizeLessThanOrEqualTo(300);
    assertThat(r.err()).doesNotContain(BELL);
  }

  @Test
  void aWaitThatTimesOutKeepsExit8AndSaysSo() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    stubSandbox("pending");
    PyroRun.Result r =
        withDesktop(bin)
            .run(
                "sandbox",
                "wait",
                "sbx_1",
                "--notify",
                "--timeout",
                "300ms",
                "--interval",
                "100ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(argv().get(3)).startsWith("timed out after").contains("sbx_1");
  }

  @Test
  void withoutANotifierTheBellRingsOnAStderrTerminal() {
    stubSandbox("running");
    PyroRun.Result r =
        pyro()
            .terminal()
            .env("DISPLAY", ":0")
            .env("PATH", home.toString())
            .run("sandbox", "wait", "sbx_1", "--notify", "-o", "id");
    assertThat(r.code()).isZero();
    assertThat(r.err()).endsWith(BELL);
  }

  @Test
  void withoutADesktopTheBellRingsEvenIfNotifySendIsThere() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    stubSandbox("running");
    PyroRun.Result r =
        pyro()
            .terminal()
            .env("DISPLAY", null)
            .env("WAYLAND_DISPLAY", null)
            .env("PATH", bin.toString())
            .run("sandbox", "wait", "sbx_1", "--notify", "-o", "id");
    assertThat(r.err()).endsWith(BELL);
    assertThat(bin.resolve("argv")).doesNotExist();
  }

  @Test
  void aPipedStderrGetsNoBell() {
    stubSandbox("running");
    PyroRun.Result r =
        pyro().env("PATH", home.toString()).run("sandbox", "wait", "sbx_1", "--notify", "-o", "id");
    assertThat(r.code()).isZero();
    assertThat(r.err()).doesNotContain(BELL);
  }

  @Test
  void aNotifierFoundThroughARelativePathEntryIsNeverRun() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    // "", "." and "bin" in PATH name whatever directory pyro happens to run in: a notify-send
    // planted there (a cloned repository, a download folder) must not run with the user's rights
    String relative = Path.of("").toAbsolutePath().relativize(bin).toString();
    assertThat(Path.of(relative, "notify-send")).isRegularFile();
    stubSandbox("running");
    PyroRun.Result r =
        pyro()
            .env("DISPLAY", ":0")
            .env("PATH", relative + "::.")
            .terminal()
            .run("sandbox", "wait", "sbx_1", "--notify", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(bin.resolve("argv")).doesNotExist();
    assertThat(r.err()).endsWith(BELL);
  }

  @Test
  void aNotifierThatHangsDoesNotBlockTheCommand() throws IOException {
    Path bin = fakeNotifySend("exec /bin/sleep 20");
    stubSandbox("running");
    long start = System.nanoTime();
    PyroRun.Result r = withDesktop(bin).run("sandbox", "wait", "sbx_1", "--notify", "-o", "id");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("sbx_1\n");
  }

  @Test
  void aNotifierThatFailsChangesNothingButRingsTheBellAndSaysSoWithDebug() throws IOException {
    Path bin = fakeNotifySend("exit 3");
    stubSandbox("running");
    PyroRun.Result r =
        withDesktop(bin)
            .terminal()
            .run("sandbox", "wait", "sbx_1", "--notify", "-o", "id", "--debug");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("notify: " + bin.resolve("notify-send") + " exited 3\n");
    assertThat(r.err()).endsWith(BELL);
  }

  @Test
  void serverTextIsNeutralisedAndPassedAsOneArgument() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_1"))
            .withQueryParam("include_logs", equalTo("true"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"failed\",\"logs\":"
                            + "[\"$(touch /tmp/pwned) \\u001b]0;evil\\u0007\"]}"))));
    PyroRun.Result r =
        withDesktop(bin).run("train", "logs", "train_1", "-f", "--notify", "--interval", "1ms");
    assertThat(r.code()).isEqualTo(7);
    assertThat(String.join("\n", argv())).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void aCreateWithNotifyButNoWaitIsExit2BeforeAnythingIsSent() {
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "create",
                "demo-box",
                "--type",
                "cpu-sandbox",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--notify");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --notify tells when a wait ends: add --wait\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void logsWithNotifyButNoFollowIsExit2BeforeAnythingIsSent() {
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "--notify");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --notify tells when a follow ends: add -f\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aCreateThatWaitsNotifiesWhenItRuns() throws IOException {
    Path bin = fakeNotifySend("exit 0");
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    envelope(
                        201,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"name\":\"x\",\"status\":\"pending\"}"))));
    stubSandbox("running");
    PyroRun.Result r =
        withDesktop(bin)
            .run(
                "sandbox",
                "create",
                "demo-box",
                "--type",
                "cpu-sandbox",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--wait",
                "--notify",
                "-o",
                "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(argv()).endsWith("pyro sandbox create", "sbx_1 is running");
  }
}
