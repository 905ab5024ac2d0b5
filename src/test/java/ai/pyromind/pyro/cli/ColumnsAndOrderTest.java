package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code -o custom-columns=...}, {@code -o custom-columns-file=...} and {@code --sort-by}. */
class ColumnsAndOrderTest extends CommandTest {
  private static String box(String id, String name, Object gpu, String created) {
    return "{\"sandbox_id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"status\":\"running\",\"create_time\":"
        + (created == null ? "null" : "\"" + created + "\"")
        + ",\"resource_config\":{\"cpu\":8,\"gpu\":"
        + gpu
        + "}}";
  }

  private static final String A = box("sbx_1", "alpha", 10, "2024-01-03T00:00:00Z");
  private static final String B = box("sbx_2", "bravo", 2, "2024-01-02T23:00:00-02:00");
  private static final String C = box("sbx_3", "charlie", "null", null);

  private void stubPage(int page, int pageSize, int total, String... items) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo(String.valueOf(page)))
            .withQueryParam("page_size", equalTo(String.valueOf(pageSize)))
            .willReturn(okJson(Fixtures.sandboxPage(total, page, pageSize, items))));
  }

  @Test
  void customColumnsPipedAreTabSeparatedWithTheirHeaders() {
    stubPage(1, 20, 2, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2);
    PyroRun.Result r =
        pyro().run("sandbox", "list", "-o", "custom-columns=NAME:.name,GPU:.resource_config.gpu");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("NAME\tGPU\nGPU-Sandbox-001\t2\nMy-GPU-Sandbox-2024\t4\n");
  }

  @Test
  void customColumnsOnATerminalAreAlignedAndTruncatedToTheWidth() {
    stubPage(1, 20, 2, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2);
    PyroRun.Result r =
        pyro()
            .terminal()
            .width(20)
            .run("sandbox", "list", "-o", "custom-columns=ID:.sandbox_id,NAME:{.name}");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo("ID             NAME\nsbx_123456789  GPU-S…\nsbx_987654321  My-GP…\n");
  }

  @Test
  void noHeadersAndMissingValuesAndIndexes() {
    stubPage(1, 20, 1, Fixtures.SANDBOX_2);
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "list",
                "--no-headers",
                "-o",
                "custom-columns=TEAM:.owner_team,NOPE:.vnc_info.port,RES:.resource_config");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("rl-lab\t\t{\"cpu\":16,\"memory\":64,\"gpu\":4}\n");
  }

  @Test
  void serverTextInACustomColumnIsNeutralised() {
    stubPage(1, 20, 1, box("sbx_1", "evil\\u001b]0;title\\u0007", 1, null));
    for (PyroRun.Result r :
        new PyroRun.Result[] {
          pyro().run("sandbox", "list", "-o", "custom-columns=NAME:.name"),
          pyro().terminal().run("sandbox", "list", "-o", "custom-columns=NAME:.name")
        }) {
      r.assertSucceeded();
      assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("evil^[");
    }
  }

  @Test
  void getShowsTheCustomColumnsAsOneRowOnATerminal() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.SANDBOX_DETAIL))));
    PyroRun.Result r =
        pyro()
            .terminal()
            .run(
                "sandbox",
                "get",
                "sbx_987654321",
                "-o",
                "custom-columns=NAME:.name,VNC:.vnc_info.host,W:.screen_resolution.width");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "NAME                 VNC              W\nMy-GPU-Sandbox-2024  vnc.pyromind.ai  2560\n");
  }

  @Test
  void aColumnsFileHasHeadersOverPaths() throws Exception {
    stubPage(1, 20, 1, Fixtures.SANDBOX_1);
    Path file = home.resolve("cols.txt");
    Files.writeString(file, "ID          CPU\n.sandbox_id .resource_config.cpu\n");
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "custom-columns-file=" + file);
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("ID\tCPU\nsbx_123456789\t8\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-o custom-columns=NAME | error: invalid custom-columns 'NAME'"
            + " (expected HEADER:.path[,HEADER:.path...])",
        "-o custom-columns=NAME:.a..b | error: invalid path '.a..b' (expected e.g. .a.b[0])",
        "-o custom-columns=NAME:.name, | error: invalid custom-columns 'NAME:.name,'"
            + " (expected HEADER:.path[,HEADER:.path...])",
        "-o custom-columns-file=/nonexistent/cols | error: custom-columns file /nonexistent/cols"
            + " does not exist",
        "--sort-by .a[x] | error: --sort-by: invalid path '.a[x]' (expected e.g. .a.b[0])",
        "--sort-by . | error: --sort-by: invalid path '.' (expected e.g. .name)",
      })
  void badColumnsOrOrderIsExit2AndNothingIsSent(String flags, String error) {
    String[] args = ("sandbox list " + flags).split(" ");
    PyroRun.Result r = pyro().run(args);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(error + "\n");
  }

  @Test
  void aBadColumnsFileIsExit2() throws Exception {
    Path file = home.resolve("cols.txt");
    Files.writeString(file, "ID CPU\n.sandbox_id\n");
    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "custom-columns-file=" + file);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: a custom-columns file has as many paths as headers (2 headers, 1 paths)\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // numbers as numbers: 2 before 10; the item without a gpu goes last
        ".resource_config.gpu | sbx_2,sbx_1,sbx_3",
        // times as times: 23:00-02:00 is 01:00Z on the 3rd, after 00:00Z
        ".create_time         | sbx_1,sbx_2,sbx_3",
        "name                 | sbx_1,sbx_2,sbx_3",
      })
  void sortByOrdersEveryPageFetchedWithAll(String path, String ids) {
    stubPage(1, 2, 3, C, A);
    stubPage(2, 2, 3, B);
    PyroRun.Result r =
        pyro().run("sandbox", "list", "--all", "--page-size", "2", "--sort-by", path, "-o", "id");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(ids.replace(",", "\n") + "\n");
  }

  @Test
  void sortByAlsoOrdersJsonAndTheTableOnATerminal() {
    stubPage(1, 20, 2, A, B);
    PyroRun.Result json =
        pyro().run("sandbox", "list", "--sort-by", ".resource_config.gpu", "--jq", ".[].name");
    json.assertSucceeded();
    assertThat(json.out()).isEqualTo("bravo\nalpha\n");
    PyroRun.Result table =
        pyro()
            .terminal()
            .run(
                "sandbox",
                "list",
                "--sort-by",
                ".resource_config.gpu",
                "-o",
                "custom-columns=NAME:.name,GPU:.resource_config.gpu");
    table.assertSucceeded();
    assertThat(table.out()).isEqualTo("NAME   GPU\nbravo  2\nalpha  10\n");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }
}
