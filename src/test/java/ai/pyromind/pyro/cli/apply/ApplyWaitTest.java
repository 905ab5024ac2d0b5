package ai.pyromind.pyro.cli.apply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.output.DisplayWidth;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code apply --wait} with two resources created: both are waited for side by side. */
class ApplyWaitTest extends ApplyCommandTestBase {
  private static final String SBX = "/api/v1/sandboxes/sbx_1";
  private static final String JP = "/api/v1/instances/jp_100003";

  @BeforeEach
  void bothAreCreatedPending() {
    list("/sandboxes", "sandboxes");
    list("/instances", "instances");
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(created(SANDBOX_ITEM.replace("running", "pending"))));
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances"))
            .willReturn(created(INSTANCE_ITEM.replace("running", "pending"))));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(
      String item) {
    return aResponse().withStatus(201).withBody(envelope(201, "created", item));
  }

  /** GETs of {@code path} answer these statuses in order, the last one for ever. */
  private static void statuses(String path, String item, String... statuses) {
    for (int i = 0; i < statuses.length; i++) {
      var stub =
          get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(i == 0 ? STARTED : "s" + i);
      if (i < statuses.length - 1) {
        stub = stub.willSetStateTo("s" + (i + 1));
      }
      wm.stubFor(
          stub.willReturn(okJson(envelope(200, "ok", item.replace("running", statuses[i])))));
    }
  }

  private PyroRun.Result apply(PyroRun pyro, String... options) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("apply", "-f", file(SANDBOX_DOC, INSTANCE_DOC).toString()));
    args.add("--wait");
    args.addAll(List.of(options));
    return pyro.run(args.toArray(String[]::new));
  }

  /** The paths of the GETs of single resources, in the order they were sent. */
  private static List<String> detailGets() {
    List<String> newestFirst =
        wm.getAllServeEvents().stream()
            .map(ServeEvent::getRequest)
            .filter(r -> RequestMethod.GET.equals(r.getMethod()) && !r.getUrl().contains("?"))
            .map(r -> r.getUrl())
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  @Test
  void bothArePolledInTurnUntilEachRunsAndTheExitIs0() throws IOException {
    statuses(SBX, SANDBOX_ITEM, "pending", "running");
    statuses(JP, INSTANCE_ITEM, "pending", "pending", "running");
    PyroRun.Result r = apply(pyro(), "--interval", "10ms", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(detailGets()).containsExactly(SBX, JP, SBX, JP, JP);
    assertThat(r.out()).isEqualTo("sbx_1\njp_100003\n");
    assertThat(r.err())
        .endsWith("✓ sbx_1 is running\n✓ jp_100003 is running\n")
        .doesNotContain("\u001b")
        .doesNotContain("waiting for");
  }

  @Test
  void oneEndingBadlyIsExit7AndTheOtherIsStillWaitedFor() throws IOException {
    statuses(SBX, SANDBOX_ITEM, "pending", "running");
    statuses(JP, INSTANCE_ITEM, "pending", "error");
    PyroRun.Result r = apply(pyro(), "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(detailGets()).containsExactly(SBX, JP, SBX, JP);
    assertThat(r.err())
        .endsWith(
            "✓ sbx_1 is running\nerror: jp_100003 is in error; it can no longer reach running\n");
  }

  @Test
  void aTimeoutOutranksAnEndingBadlyAndTheDeadlineIsOneForAll() throws IOException {
    statuses(SBX, SANDBOX_ITEM, "pending", "error");
    statuses(JP, INSTANCE_ITEM, "pending");
    PyroRun.Result r = apply(pyro(), "--interval", "20ms", "--timeout", "300ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    List<String> gets = detailGets();
    assertThat(gets.subList(0, 3)).containsExactly(SBX, JP, SBX);
    assertThat(gets.subList(3, gets.size())).isNotEmpty().containsOnly(JP);
    assertThat(r.err())
        .contains("error: sbx_1 is in error; it can no longer reach running\n")
        .endsWith(
            "error: timed out after 300ms waiting for jp_100003 to be running (it is pending)\n");
  }

  @Test
  void onATerminalOneProgressLineNamesEveryResourceStillAwaited() throws IOException {
    statuses(SBX, SANDBOX_ITEM, "pending", "running");
    statuses(JP, INSTANCE_ITEM, "pending", "running");
    PyroRun.Result r = apply(pyro().terminal(), "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("\r\u001b[K⠋ waiting for sbx_1 (pending), jp_100003 (pending) ")
        .contains("\r\u001b[K✓ sbx_1 is running\n")
        .contains("✓ jp_100003 is running\n");
  }

  @Test
  void theProgressLineIsCutToTheTerminalInColumnsSoItNeverWraps() throws IOException {
    // a line wider than the terminal wraps, and "\r\033[K" then clears only its last row
    statuses(SBX, SANDBOX_ITEM, "排队中排队中排队中排队中", "running");
    statuses(JP, INSTANCE_ITEM, "pending", "running");
    PyroRun.Result r = apply(pyro().terminal().width(40), "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).contains("\r\u001b[K⠋ waiting for sbx_1 (排队中");
    String[] drawn = r.err().split("\r\u001b\\[K");
    for (int i = 1; i < drawn.length; i++) { // what follows each return to the line's start
      String progress = drawn[i].lines().findFirst().orElse("");
      assertThat(DisplayWidth.of(progress)).as(progress).isLessThanOrEqualTo(39);
    }
  }

  @Test
  void theProgressLineIsCutToStderrsWidthWhenStdoutIsPiped() throws IOException {
    statuses(SBX, SANDBOX_ITEM, "queued-".repeat(10), "running");
    statuses(JP, INSTANCE_ITEM, "pending", "running");
    PyroRun.Result r =
        apply(pyro().stdoutTerminal(false).stderrTerminal(true).width(40), "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    String[] drawn = r.err().split("\r\u001b\\[K");
    assertThat(drawn[1]).startsWith("⠋ waiting for sbx_1 (queued-");
    for (int i = 1; i < drawn.length; i++) {
      String progress = drawn[i].lines().findFirst().orElse("");
      assertThat(DisplayWidth.of(progress)).as(progress).isLessThanOrEqualTo(39);
    }
  }

  @Test
  void ctrlCStopsEveryWaitAtOnceWithOneHintAndExit130() throws Exception {
    statuses(SBX, SANDBOX_ITEM, "pending");
    statuses(JP, INSTANCE_ITEM, "pending");
    PyroRun run = pyro();
    run.time().ctrlCDuringPause(1); // after the first round of polls
    PyroRun.Result r = apply(run, "--interval", "30s");
    assertThat(r.code()).as(r.toString()).isEqualTo(130);
    assertThat(detailGets()).containsExactly(SBX, JP);
    assertThat(r.err())
        .endsWith(
            "stopped waiting; sbx_1, jp_100003 are untouched. Wait again with:"
                + " pyro sandbox wait sbx_1 --for running"
                + " && pyro instance wait jp_100003 --for running\n");
  }
}
