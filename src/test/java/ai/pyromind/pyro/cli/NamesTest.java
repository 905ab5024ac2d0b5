package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A resource's name wherever its id goes, resolved over the paged list. */
class NamesTest extends CommandTest {
  private static String box(String id, String name) {
    return "{\"sandbox_id\":\"" + id + "\",\"name\":\"" + name + "\",\"status\":\"running\"}";
  }

  private static String jobs(int total, int page, String... idAndName) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < idAndName.length; i += 2) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"job_id\":\"")
          .append(idAndName[i])
          .append("\",\"name\":\"")
          .append(idAndName[i + 1])
          .append("\"}");
    }
    return envelope(
        200, "ok", "{\"total\":" + total + ",\"page\":" + page + ",\"jobs\":[" + items + "]}");
  }

  private static String hundred(String prefix, int from) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      items.append(i == 0 ? "" : ",").append(box("sbx_" + (from + i), prefix + (from + i)));
    }
    return items.toString();
  }

  private void stubSandboxPage(int page, String body) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo(String.valueOf(page)))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(okJson(body)));
  }

  @Test
  void aSandboxNameOnPageTwoIsResolvedAndItsIdIsWhatIsSent() {
    stubSandboxPage(1, Fixtures.sandboxPage(150, 1, 100, hundred("other-", 1000)));
    stubSandboxPage(2, Fixtures.sandboxPage(150, 2, 100, box("sbx_7", "demo")));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_7"))
            .willReturn(okJson(envelope(200, "ok", box("sbx_7", "demo")))));
    PyroRun.Result r = pyro().run("sandbox", "get", "demo", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_7\n");
    assertThat(r.err()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_7")));
  }

  @Test
  void theFirstPageThatSettlesAUniqueNameEndsTheLookupAndDebugTracesIt() {
    stubSandboxPage(1, Fixtures.sandboxPage(500, 1, 100, box("sbx_7", "demo")));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_7"))
            .willReturn(okJson(envelope(200, "ok", box("sbx_7", "demo")))));
    PyroRun.Result r = pyro().run("sandbox", "get", "demo", "-o", "id", "--debug");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("name 'demo' is sandbox sbx_7\n");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void anIdIsSentAsItIsWithoutALookup() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_7"))
            .willReturn(okJson(envelope(200, "ok", box("sbx_7", "demo")))));
    assertThat(pyro().run("sandbox", "get", "sbx_7", "-o", "id").assertSucceeded().out())
        .isEqualTo("sbx_7\n");
    wm.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void anIdOfAnotherKindIsLookedUpAsANameAndTheMissSaysWhatKindItIs() {
    stubSandboxPage(1, Fixtures.sandboxPage(1, 1, 100, box("sbx_7", "demo")));
    PyroRun.Result r = pyro().run("sandbox", "get", "jp_5");
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("error: no sandbox has the id or name 'jp_5' (it looks like an instance id)\n");
    wm.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes/jp_5")));
  }

  @Test
  void anUnknownNameIsExit3AndNothingElseIsSent() {
    stubSandboxPage(1, Fixtures.sandboxPage(1, 1, 100, box("sbx_7", "demo")));
    PyroRun.Result r = pyro().run("sandbox", "delete", "nope", "--yes");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: no sandbox has the id or name 'nope'\n");
  }

  @Test
  void duplicateJobNamesAreExit2ListingBothIdsAcrossPages() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(okJson(jobs(101, 1, pad("train_1", "ppo", 100)))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(okJson(jobs(101, 2, "train_9", "ppo"))));
    PyroRun.Result r = pyro().run("train", "logs", "ppo");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("error: several training jobs are named 'ppo': train_1, train_9 (use the id)\n");
  }

  /** The first item (id, name) followed by filler jobs up to {@code size} items. */
  private static String[] pad(String id, String name, int size) {
    String[] out = new String[size * 2];
    out[0] = id;
    out[1] = name;
    for (int i = 1; i < size; i++) {
      out[2 * i] = "train_" + (1000 + i);
      out[2 * i + 1] = "filler-" + i;
    }
    return out;
  }

  @Test
  void namesWorkForEachIdOfABatch() {
    stubSandboxPage(
        1, Fixtures.sandboxPage(2, 1, 100, box("sbx_7", "demo"), box("sbx_8", "demo-2")));
    for (String id : new String[] {"sbx_7", "sbx_8"}) {
      wm.stubFor(
          delete(urlPathEqualTo("/api/v1/sandboxes/" + id))
              .willReturn(okJson(envelope(200, "ok", box(id, "x")))));
    }
    PyroRun.Result r = pyro().run("sandbox", "delete", "demo", "demo-2", "--yes");
    assertThat(r.code()).as(r.toString()).isZero();
    wm.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_7")));
    wm.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/sandboxes/sbx_8")));
  }

  @Test
  void anInstanceNameResolvesForWaitToo() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.INSTANCE_LIST))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances/jp_100002"))
            .willReturn(
                okJson(
                    envelope(200, "ok", "{\"instance_id\":\"jp_100002\",\"status\":\"paused\"}"))));
    PyroRun.Result r =
        pyro().run("instance", "wait", "CPU-Instance-Basic", "--for", "paused", "-o", "json");
    assertThat(r.err()).isEqualTo("✓ jp_100002 is paused\n");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"jp_100002\"");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/instances")));
  }

  @Test
  void aServerThatAnswersTheSamePageForeverEndsTheLookupWithOneLine() {
    // every page is page 1 and the total promises a million: a lookup must still end
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1_000_000, 1, 100, hundred("other-", 1)))));
    PyroRun.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> pyro().run("sandbox", "get", "demo", "-o", "json"));
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"unexpected answer from the server: page 2 repeats page 1"
                + "\",\"http_status\":200,\"exit_code\":1,\"resource\":\"demo\"}}\n");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void aJobNameOnARepeatedPageIsNotCountedTwice() {
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      page.append(i == 0 ? "" : ",")
          .append("train_" + (500 + i))
          .append(",")
          .append(i == 7 ? "demo" : "run-" + i);
    }
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .willReturn(okJson(jobs(1_000_000, 1, page.toString().split(",")))));
    PyroRun.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> pyro().run("train", "get", "demo", "-o", "id"));
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("error: unexpected answer from the server: page 2 repeats page 1\n")
        .doesNotContain("several");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aLookupStopsAfterTenThousandItemsWhateverTheServerPromises() {
    for (int p = 1; p <= 100; p++) {
      stubSandboxPage(p, Fixtures.sandboxPage(1_000_000, p, 100, hundred("other-", p * 1000)));
    }
    PyroRun.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> pyro().run("sandbox", "get", "demo"));
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "error: no sandbox has the id or name 'demo' among the first 10000 listed;"
                + " use the id\n");
    wm.verify(100, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void helpNeedsNoLookup() {
    // strict WireMock: any lookup would be an unmatched request and fail the test
    PyroRun.Result r = pyro().run("sandbox", "get", "demo", "--help");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: pyro sandbox get");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ppo run 2", "team/ppo", "50% lr"})
  void aJobNameWithSpacesOrSlashesIsLookedUpNeverPutIntoAPath(String name) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .willReturn(okJson(jobs(2, 1, "train_1", "other", "train_2", name))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_2"))
            .willReturn(
                okJson(envelope(200, "ok", "{\"job_id\":\"train_2\",\"status\":\"running\"}"))));
    PyroRun.Result r = pyro().run("train", "get", name, "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("train_2\n");
    assertThat(r.err()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/training/jobs/train_2")));
  }

  @Test
  void anIdTheServerGivesForANameIsHeldToTheRulesOfATypedOne() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs"))
            .willReturn(okJson(jobs(1, 1, "../../sandboxes", "ppo run"))));
    PyroRun.Result r = pyro().run("train", "delete", "ppo run", "--yes");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: invalid id '../../sandboxes'").hasLineCount(1);
    assertThat(r.out()).isEmpty();
    wm.verify(0, deleteRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }
}
