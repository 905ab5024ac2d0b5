package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The id left out: a picker on a terminal (real JLine, scripted keys), exit 2 without one. */
class PickerTest extends CommandTest {
  private static final String ESC = "\033";
  private static final String DOWN = "\033[B";

  private static String box(String id, String name, String status) {
    return "{\"sandbox_id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"status\":\""
        + status
        + "\"}";
  }

  private void stubSandboxes(String... items) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(okJson(Fixtures.sandboxPage(items.length, 1, 100, items))));
  }

  private void stubThree() {
    stubSandboxes(
        box("sbx_1", "cpu-box", "running"),
        box("sbx_2", "gpu-box", "running"),
        box("sbx_3", "gpu-old", "stopped"));
  }

  private void stubGet(String id) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/" + id))
            .willReturn(okJson(envelope(200, "ok", box(id, "x", "running")))));
  }

  /** stdin a terminal, stdout a pipe: the list goes to the terminal, the data down the pipe. */
  private PyroRun onTerminal(String keys) {
    return pyro().stdinTerminal(true).stdoutTerminal(false).keys(keys);
  }

  @Test
  void withoutATerminalTheIdIsRequiredAsBeforeAndNothingIsSent() {
    PyroRun.Result r = pyro().run("sandbox", "get");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("error: missing required parameter: 'ID' (see 'pyro sandbox get --help')\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void stdinATerminalButNoControllingTerminalIsTheSameAsNoTerminal() {
    PyroRun.Result r = onTerminal(ESC).noControllingTerminal().run("sandbox", "get");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("error: missing required parameter: 'ID' (see 'pyro sandbox get --help')\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void withoutATerminalAJsonErrorSaysTheSame() {
    PyroRun.Result r = pyro().run("train", "logs", "-f", "-o", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"missing required parameter: 'ID' (see 'pyro train logs"
                + " --help')\",\"http_status\":null,\"exit_code\":2,\"resource\":null}}\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void typingFiltersTheListAndEnterSendsThePickedId() {
    stubThree();
    stubGet("sbx_2");
    PyroRun run = onTerminal("gpu-b\r");
    PyroRun.Result r = run.run("sandbox", "get", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_2\n");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_2")));
    assertThat(run.screen()).contains("Pick a sandbox").contains("cpu-box").contains("gpu-box");
  }

  @Test
  void theArrowsMoveAndEnterPicksTheLineMovedTo() {
    stubThree();
    stubGet("sbx_3");
    PyroRun.Result r = onTerminal(DOWN + DOWN + "\r").run("sandbox", "get", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_3\n");
  }

  @Test
  void vncOffersOnlyRunningSandboxes() {
    stubThree();
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1/vnc"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"vnc_host\":\"h\",\"vnc_port\":5901,"
                            + "\"vnc_password\":\"p\"}"))));
    // "gpu-old" is stopped: typing it matches nothing, so Enter does nothing until it is erased
    PyroRun run = onTerminal("gpu-old\r" + "\b".repeat(7) + "cpu\r");
    PyroRun.Result r = run.run("sandbox", "vnc", "--print", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(run.screen()).contains("nothing matches").doesNotContain("sbx_3");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_1/vnc")));
  }

  @Test
  void escapeExits130AndSendsNothingButTheList() {
    stubThree();
    PyroRun.Result r = onTerminal(ESC).run("sandbox", "get");
    assertThat(r.code()).isEqualTo(130);
    assertThat(r.out()).isEmpty();
    wm.verify(0, getRequestedFor(urlPathMatching("/api/v1/sandboxes/.+")));
  }

  @Test
  void ctrlDExits130AsAtAnyPromptAndPicksNothing() {
    stubThree();
    PyroRun.Result r = onTerminal("\004\r").run("sandbox", "get", "-o", "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(130);
    assertThat(r.out()).isEmpty();
    wm.verify(0, getRequestedFor(urlPathMatching("/api/v1/sandboxes/.+")));
  }

  @Test
  void ctrlCExits130() {
    stubThree();
    PyroRun.Result r = onTerminal("gp\003").run("sandbox", "stop");
    assertThat(r.code()).isEqualTo(130);
    wm.verify(0, getRequestedFor(urlPathMatching("/api/v1/sandboxes/.+")));
  }

  @Test
  void followingLogsOffersOnlyJobsThatCanStillWrite() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"total\":3,\"page\":1,\"jobs\":["
                            + "{\"job_id\":\"train_1\",\"name\":\"alpha\",\"status\":\"running\"},"
                            + "{\"job_id\":\"train_2\",\"name\":\"beta\",\"status\":\"paused\"},"
                            + "{\"job_id\":\"train_3\",\"name\":\"gamma\",\"status\":\"success\"}"
                            + "]}"))));
    PyroRun run = onTerminal(ESC);
    PyroRun.Result r = run.run("train", "logs", "-f");
    assertThat(r.code()).isEqualTo(130);
    assertThat(run.screen()).contains("alpha").contains("beta").doesNotContain("gamma");
  }

  @Test
  void serverTextInTheListIsNeutralised() {
    stubSandboxes(box("sbx_1", "evil\\u001b]0;owned\\u0007", "running"));
    PyroRun run = onTerminal(ESC);
    assertThat(run.run("sandbox", "get").code()).isEqualTo(130);
    assertThat(run.screen()).contains("evil").doesNotContain("\u001b]0;owned");
  }

  @Test
  void columnsLineUpInTerminalColumnsWithCjkEmojiAndCombiningMarks() {
    stubSandboxes(
        box("sbx_1", "训练-🔥", "running"),
        box("sbx_2", "cafe\u0301-box", "running"),
        box("sbx_3", "plain-box", "stopped"));
    PyroRun run = onTerminal(ESC);
    assertThat(run.run("sandbox", "get").code()).isEqualTo(130);
    assertThat(run.screen().replaceAll("\u001b\\[[0-9;]*m", ""))
        .contains("> sbx_1  训练-🔥    running")
        .contains("  sbx_2  cafe\u0301-box   running")
        .contains("  sbx_3  plain-box  stopped");
  }

  @Test
  void erasingAnEmojiTypedIntoTheFilterTakesItOffWhole() {
    stubSandboxes(box("sbx_1", "训练-🔥", "running"), box("sbx_2", "plain-box", "running"));
    stubGet("sbx_2");
    // a half-erased emoji would leave a lone surrogate in the filter, and "plain" match nothing
    PyroRun.Result r = onTerminal("🔥\u007fplain\r").run("sandbox", "get", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_2\n");
  }

  @Test
  void nothingThatFitsIsExit2WithWhatItTakes() {
    stubSandboxes(box("sbx_3", "gpu-old", "stopped"));
    PyroRun.Result r = onTerminal(ESC).run("sandbox", "vnc");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: no sandbox to pick for 'pyro sandbox vnc' (it takes one that is running);"
                + " give an ID\n");
  }

  @Test
  void aServerThatRepeatsItsPageForeverEndsTheListingWithOneLine() {
    String[] stopped = new String[100];
    for (int i = 0; i < 100; i++) {
      stopped[i] = box("sbx_" + (100 + i), "old-" + i, "stopped");
    }
    // whatever page is asked for, the same hundred stopped sandboxes and a total of a million
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1_000_000, 1, 100, stopped))));
    PyroRun.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> onTerminal(ESC).run("sandbox", "vnc", "-o", "json"));
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"unexpected answer from the server: page 2 repeats page 1"
                + "\",\"http_status\":200,\"exit_code\":1,\"resource\":\"sandbox\"}}\n");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void helpShowsNoPickerAndSaysTheIdMayBeLeftOut() {
    PyroRun.Result r = onTerminal(ESC).run("sandbox", "get", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("[ID]");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("The sandbox's id or name; left out on a terminal, pick from a list.");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  /** A command added later that takes one id and is missing from the table fails here. */
  @Test
  void everyCommandThatTakesExactlyOneIdOffersThePicker() {
    CommandLine root =
        Pyro.commandLine(
            new Context(pyro().envForTests()),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    Set<String> required = new TreeSet<>();
    Set<String> optional = new TreeSet<>();
    for (CommandLine group : root.getSubcommands().values()) {
      for (CommandLine cmd : group.getSubcommands().values()) {
        List<PositionalParamSpec> ps = cmd.getCommandSpec().positionalParameters();
        if (ps.size() == 1 && ps.get(0).paramLabel().equals("ID") && ps.get(0).arity().max() == 1) {
          String name = cmd.getCommandSpec().qualifiedName();
          (ps.get(0).arity().min() == 0 ? optional : required).add(name);
        }
      }
    }
    assertThat(required).isEmpty();
    assertThat(optional).hasSize(24).contains("pyro sandbox vnc", "pyro train watch");
  }

  @Test
  void aCommandWithMoreThanTheIdStillRequiresIt() {
    PyroRun.Result r = onTerminal(ESC).run("sandbox", "install");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: missing required parameter");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }
}
