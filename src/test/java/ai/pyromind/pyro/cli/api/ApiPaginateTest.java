package ai.pyromind.pyro.cli.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pyro api --paginate [--slurp]} and the -F-turns-into-POST warning. */
class ApiPaginateTest extends CommandTest {
  private static final String JOBS = "/api/v1/training/jobs";

  private static String page(int total, int page, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items
          .append(items.length() == 0 ? "" : ",")
          .append("{\"job_id\":\"")
          .append(id)
          .append("\"}");
    }
    return envelope(
        200,
        "ok",
        "{\"total\":" + total + ",\"page\":" + page + ",\"page_size\":2,\"jobs\":[" + items + "]}");
  }

  private void stubPage(int n, String body) {
    wm.stubFor(
        get(urlPathEqualTo(JOBS))
            .withQueryParam("page", equalTo(String.valueOf(n)))
            .withQueryParam("page_size", equalTo("2"))
            .willReturn(okJson(body)));
  }

  @Test
  void followsPagesUntilTotalAndPrintsOneMergedArray() {
    stubPage(1, page(5, 1, "t1", "t2"));
    stubPage(2, page(5, 2, "t3", "t4"));
    stubPage(3, page(5, 3, "t5"));
    PyroRun.Result r = pyro().run("api", "/training/jobs", "--paginate", "-F", "page_size=2");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().replaceAll("\\s", ""))
        .isEqualTo(
            "[{\"job_id\":\"t1\"},{\"job_id\":\"t2\"},{\"job_id\":\"t3\"},{\"job_id\":\"t4\"},"
                + "{\"job_id\":\"t5\"}]");
    wm.verify(3, getRequestedFor(urlPathEqualTo(JOBS)));
  }

  @Test
  void jqRunsOverTheMergedListAndSlurpKeepsThePages() {
    stubPage(1, page(3, 1, "t1", "t2"));
    stubPage(2, page(3, 2, "t3"));
    PyroRun.Result jq =
        pyro().run("api", "/training/jobs", "--paginate", "-F", "page_size=2", "--jq", "length");
    jq.assertSucceeded();
    assertThat(jq.out()).isEqualTo("3\n");
    PyroRun.Result slurp =
        pyro()
            .run(
                "api",
                "/training/jobs",
                "--paginate",
                "--slurp",
                "-F",
                "page_size=2",
                "--jq",
                "map(.data.page)");
    slurp.assertSucceeded();
    assertThat(slurp.out()).isEqualTo("[1,2]\n");
  }

  @Test
  void aRepeatedPageEndsThePaging() {
    // a server that ignores page answers the same page forever
    wm.stubFor(
        get(urlPathEqualTo(JOBS))
            .withQueryParam("page_size", equalTo("2"))
            .willReturn(okJson(page(10, 1, "t1", "t2"))));
    PyroRun.Result r =
        pyro().run("api", "/training/jobs", "--paginate", "-F", "page_size=2", "--jq", "length");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("2\n");
    wm.verify(2, getRequestedFor(urlPathEqualTo(JOBS)));
  }

  @Test
  void anEmptyPageEndsThePagingAndAStartPageIsKept() {
    stubPage(2, page(10, 2, "t3", "t4"));
    stubPage(3, page(10, 3));
    PyroRun.Result r =
        pyro()
            .run(
                "api",
                "/training/jobs",
                "--paginate",
                "-F",
                "page_size=2",
                "-F",
                "page=2",
                "--jq",
                "map(.job_id)");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("[\"t3\",\"t4\"]\n");
  }

  @Test
  void aFailedPageIsItsExitCodeNamingThePageAndStdoutStaysEmpty() {
    stubPage(1, page(5, 1, "t1", "t2"));
    wm.stubFor(
        get(urlPathEqualTo(JOBS))
            .withQueryParam("page", equalTo("2"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope(500, "internal error", "null"))));
    PyroRun.Result r = pyro().run("api", "/training/jobs", "--paginate", "-F", "page_size=2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: internal error (HTTP 500, page 2)\n");
  }

  @Test
  void aPageWithoutAListIsAnError() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/x")).willReturn(okJson(envelope(200, "ok", "{}"))));
    PyroRun.Result r = pyro().run("api", "/x", "--paginate");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("error: page 1 has no list to merge (--slurp keeps the pages whole)\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "api /x --slurp | error: --slurp needs --paginate",
        "api /x --paginate -X POST | error: --paginate needs GET, not POST",
        "api /x --paginate -F page=0 | error: -F page must be a whole number of at least 1",
      })
  void misuseIsExit2AndNothingIsSent(String line, String error) {
    PyroRun.Result r = pyro().run(line.split(" "));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(error + "\n");
  }

  @ParameterizedTest
  @CsvSource({
    "/sandboxes/sbx_1, /api/v1/sandboxes/sbx_1",
    "/api/v1/instances/jp_1/access-token, /api/v1/instances/jp_1/access-token",
    "training/jobs/train_1, /api/v1/training/jobs/train_1"
  })
  void fieldsOnAPathWithoutPostWarnButStillPost(String path, String sent) {
    wm.stubFor(
        post(urlPathEqualTo(sent))
            .withRequestBody(equalToJson("{\"log_lines\":5}"))
            .willReturn(
                aResponse()
                    .withStatus(405)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope(405, "method not allowed", "null"))));
    PyroRun.Result r = pyro().run("api", path, "-F", "log_lines=5");
    String shown = path.startsWith("/") ? path : "/" + path;
    assertThat(r.err())
        .startsWith(
            "warning: -F makes this a POST, but "
                + shown
                + " takes no POST; pass -X GET to send the fields as query parameters\n");
    assertThat(r.code()).isEqualTo(1);
    wm.verify(1, postRequestedFor(urlPathEqualTo(sent)));
  }

  @Test
  void fieldsOnAPathWithAPostDoNotWarn() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/training/jobs/train_1/pause"))
            .withRequestBody(equalToJson("{\"reason\":\"x\"}"))
            .willReturn(okJson(envelope(200, "ok", "{}"))));
    PyroRun.Result r = pyro().run("api", "/training/jobs/train_1/pause", "-F", "reason=x");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }
}
