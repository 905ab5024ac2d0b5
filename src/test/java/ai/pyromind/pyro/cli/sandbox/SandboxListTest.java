package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.Golden;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxListTest extends CommandTest {
  private void stubFirstPage(int pageSize) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo(String.valueOf(pageSize)))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(2, 1, pageSize, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2))));
  }

  @Test
  void tableOnATerminalIsAlignedWithRelativeTimes() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().terminal().run("sandbox", "list");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("sandbox/list-terminal.txt", r.out());
  }

  @Test
  void tablePipedIsTabSeparatedWithIsoTimes() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().run("sandbox", "list");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    Golden.assertMatches("sandbox/list-piped.txt", r.out());
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow().split("\t"))
        .containsExactly(
            "sbx_123456789",
            "GPU-Sandbox-001",
            "running",
            "gpu-sandbox",
            "8",
            "32",
            "2",
            "2024-01-01T00:00:00Z",
            "2024-01-08T00:00:00Z");
  }

  /** --color always means always (as ls --color=always | less -R): piped, only colour is added. */
  @Test
  void colorAlwaysColoursTheStatusOfAPipedTableAndNeverColoursIt() {
    stubFirstPage(20);
    PyroRun.Result always = pyro().run("sandbox", "list", "--color", "always");
    always.assertSucceeded();
    assertThat(always.out().lines().skip(1).findFirst().orElseThrow().split("\t"))
        .containsExactly(
            "sbx_123456789",
            "GPU-Sandbox-001",
            "\u001b[32mrunning\u001b[0m",
            "gpu-sandbox",
            "8",
            "32",
            "2",
            "2024-01-01T00:00:00Z",
            "2024-01-08T00:00:00Z");
    assertThat(always.out().lines().findFirst().orElseThrow()).doesNotContain("\u001b");
    PyroRun.Result never = pyro().terminal().run("sandbox", "list", "--color", "never");
    never.assertSucceeded();
    assertThat(never.out()).doesNotContain("\u001b");
  }

  @Test
  void wideAddsColumnsAndNoHeadersDropsTheHeader() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "wide", "--no-headers");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out().lines().findFirst().orElseThrow().split("\t", -1)).hasSize(11);
  }

  @Test
  void jsonIsAPlainArrayWithUnknownFieldsKept() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().run("sbx", "ls", "-o", "json");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    Golden.assertMatches("sandbox/list.json", r.out());
    assertThat(r.out()).contains("\"owner_team\": \"rl-lab\"");
  }

  @Test
  void yamlIsASequence() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().run("sandboxes", "list", "-o", "yaml");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    Golden.assertMatches("sandbox/list.yaml", r.out());
  }

  @Test
  void idPrintsOneIdALine() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "id");
    r.assertSucceeded();
    assertThat(r.out()).isEqualTo("sbx_123456789\nsbx_987654321\n");
  }

  @Test
  void jqRunsOverTheItems() {
    stubFirstPage(20);
    PyroRun.Result r =
        pyro()
            .run("sandbox", "list", "--jq", "[.[] | select(.status == \"running\") | .sandbox_id]");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("[\"sbx_123456789\"]\n");
  }

  @Test
  void jqStringsPrintRaw() {
    stubFirstPage(20);
    PyroRun.Result r = pyro().run("sandbox", "list", "--jq", ".[].name");
    r.assertSucceeded();
    assertThat(r.out()).isEqualTo("GPU-Sandbox-001\nMy-GPU-Sandbox-2024\n");
  }

  @Test
  void filtersAreSentAsQueryParameters() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("status", equalTo("running"))
            .withQueryParam("sandbox_type", equalTo("gpu-sandbox"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("5"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 5, Fixtures.SANDBOX_1))));
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "list",
                "--status",
                "running",
                "--type",
                "gpu-sandbox",
                "--limit",
                "5",
                "-o",
                "id");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("sbx_123456789\n");
  }

  @Test
  void anInvalidStatusIsRefusedBeforeSending() {
    PyroRun.Result r = pyro().run("sandbox", "list", "--status", "paused");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: invalid --status 'paused' (allowed: running, stopped, error)\n");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void allFetchesEveryPageAndStreamsThem() {
    for (int page = 1; page <= 3; page++) {
      StringBuilder items = new StringBuilder();
      int count = page < 3 ? 100 : 50;
      for (int i = 0; i < count; i++) {
        items
            .append(i == 0 ? "" : ",")
            .append("{\"sandbox_id\":\"sbx_")
            .append(page)
            .append('_')
            .append(i)
            .append("\"}");
      }
      wm.stubFor(
          get(urlPathEqualTo("/api/v1/sandboxes"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .withQueryParam("page_size", equalTo("100"))
              .willReturn(okJson(Fixtures.sandboxPage(250, page, 100, items.toString()))));
    }
    PyroRun.Result r = pyro().run("sandbox", "list", "--all", "-o", "id");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(250).startsWith("sbx_1_0").endsWith("sbx_3_49");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void allWithJqRunsOverTheMergedList() {
    for (int page = 1; page <= 2; page++) {
      wm.stubFor(
          get(urlPathEqualTo("/api/v1/sandboxes"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .withQueryParam("page_size", equalTo("1"))
              .willReturn(
                  okJson(
                      Fixtures.sandboxPage(
                          2, page, 1, page == 1 ? Fixtures.SANDBOX_1 : Fixtures.SANDBOX_2))));
    }
    PyroRun.Result r = pyro().run("sandbox", "list", "--all", "--page-size", "1", "--jq", "length");
    r.assertSucceeded();
    assertThat(r.out()).isEqualTo("2\n");
  }

  @Test
  void aListShortOfTheTotalSaysSoOnATerminalOnly() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("1"))
            .willReturn(okJson(Fixtures.sandboxPage(128, 1, 1, Fixtures.SANDBOX_1))));
    PyroRun.Result onTerminal = pyro().terminal().run("sandbox", "list", "--limit", "1");
    onTerminal.assertEnded(0, "showing 1 of 128; use --all\n");
    assertThat(onTerminal.out()).contains("sbx_123456789").doesNotContain("sbx_987654321");
    PyroRun.Result piped = pyro().run("sandbox", "list", "--limit", "1");
    piped.assertSucceeded();
    assertThat(piped.out()).contains("sbx_123456789").doesNotContain("sbx_987654321");
  }

  @Test
  void pageAndPageSizeFetchExactlyThatPage() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("2"))
            .withQueryParam("page_size", equalTo("50"))
            .willReturn(okJson(Fixtures.sandboxPage(128, 2, 50, Fixtures.SANDBOX_2))));
    PyroRun.Result r =
        pyro().run("sandbox", "list", "--page", "2", "--page-size", "50", "-o", "id");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("sbx_987654321\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          sandbox list --limit 0       | --limit must be at least 1
          sandbox list --all --page 2  | --all and --page cannot be used together
          sandbox list --limit x \
            | invalid value for option '--limit': 'x' is not a whole number of at least 1 (see 'pyro sandbox list --help')
          """)
  void badPagingOptionsAreUsageErrors(String line, String error) {
    assertRefusedBeforeSending(line, error);
  }

  @Test
  void limitAbovePageSizeFetchesSeveralPagesAndStops() {
    StringBuilder[] pages = {new StringBuilder(), new StringBuilder()};
    for (int i = 0; i < 200; i++) {
      pages[i / 100].append(i % 100 == 0 ? "" : ",");
      pages[i / 100].append("{\"sandbox_id\":\"s").append(i).append("\"}");
    }
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(okJson(Fixtures.sandboxPage(500, 1, 100, pages[0].toString()))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("2"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(okJson(Fixtures.sandboxPage(500, 2, 100, pages[1].toString()))));
    PyroRun.Result r = pyro().run("sandbox", "list", "--limit", "150", "-o", "id");
    r.assertSucceeded();
    assertThat(r.out().lines()).hasSize(150);
  }
}
