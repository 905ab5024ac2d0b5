package ai.pyromind.pyro.cli.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

class ApiCommandTest extends CommandTest {
  @Test
  void getWithFieldsSendsAQueryAndPrintsTheBodyAsItCame() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withQueryParam("status", equalTo("running"))
            .withQueryParam("page_size", equalTo("5"))
            .willReturn(
                okJson(
                    envelope(
                        200, "sandboxes listed successfully", "{\"total\":0,\"sandboxes\":[]}"))));
    PyroRun.Result r =
        pyro().run("api", "/sandboxes", "-F", "status=running", "-F", "page_size=5", "-X", "GET");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            envelope(200, "sandboxes listed successfully", "{\"total\":0,\"sandboxes\":[]}")
                + "\n");
  }

  @Test
  void aPathThatCannotBeSentAsItIsIsAUsageErrorAndNothingIsSent() {
    for (String path : new String[] {"/sand boxes", "/sandboxes?name=%ZZ", "/sandboxes?q=a\"b"}) {
      for (String paginate : new String[] {"--paginate", "-XGET"}) {
        pyro()
            .run("api", path, paginate)
            .assertEnded(
                2,
                "error: invalid API path '"
                    + path
                    + "': write spaces, quotes and the like percent-encoded (%20, %22, ...), and"
                    + " a % only as the start of such an escape\n");
      }
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aJsonBodyIsPrintedByteForByteNumbersAndSpacingIncluded() {
    String body = "{ \"code\":200,\"data\" : {\"lr\":0.0003, \"eps\":1e-07,\"n\":\"\u202eb\"}}\n";
    wm.stubFor(get(urlEqualTo("/api/v1/x")).willReturn(okJson(body)));
    assertThat(pyro().run("api", "/x").assertSucceeded().out()).isEqualTo(body);
  }

  @Test
  void askedForJsonOrYamlTheBodyIsReshapedWithItsNumbersAsWritten() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/x"))
            .willReturn(okJson("{\"data\":{\"lr\":0.0003,\"eps\":1e-07,\"when\":\"12:30\"}}")));
    assertThat(pyro().run("api", "/x", "-o", "json").assertSucceeded().out())
        .isEqualTo(
            "{\n  \"data\": {\n    \"lr\": 0.0003,\n    \"eps\": 1e-07,\n    \"when\": \"12:30\"\n  }\n}\n");
    assertThat(pyro().run("api", "/x", "-o", "yaml").assertSucceeded().out())
        .isEqualTo("data:\n  lr: 0.0003\n  eps: 1.0e-07\n  when: \"12:30\"\n");
    assertThat(pyro().run("api", "/x", "--jq", ".data.lr").assertSucceeded().out())
        .isEqualTo("0.0003\n");
  }

  @Test
  void aBodyWithoutAFinalNewlineGetsOneAndOnATerminalItIsNeutralised() {
    wm.stubFor(get(urlEqualTo("/api/v1/x")).willReturn(okJson("{\"n\":\"a\u009b2J\u202eb\"}")));
    assertThat(pyro().run("api", "/x").assertSucceeded().out())
        .isEqualTo("{\"n\":\"a\u009b2J\u202eb\"}\n");
    assertThat(pyro().terminal().run("api", "/x").assertSucceeded().out())
        .isEqualTo("{\"n\":\"a\\u009b2J\\u202eb\"}\n");
  }

  @Test
  void aPathWithThePrefixIsKeptAndJqApplies() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/instances/jp_1"))
            .willReturn(okJson(envelope(200, "ok", "{\"instance_id\":\"jp_1\"}"))));
    assertThat(
            pyro()
                .run("api", "/api/v1/instances/jp_1", "--jq", ".data.instance_id")
                .assertSucceeded()
                .out())
        .isEqualTo("jp_1\n");
  }

  @Test
  void fieldsBecomeATypedJsonBodyAndTheMethodDefaultsToPost() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes/sbx_1/actions"))
            .withRequestBody(
                equalToJson("{\"action\":\"restart\",\"timeout\":60,\"params\":{\"a\":1}}"))
            .willReturn(okJson(envelope(200, "ok", "{}"))));
    assertThat(
            pyro()
                .run(
                    "api",
                    "sandboxes/sbx_1/actions",
                    "-F",
                    "action=restart",
                    "-F",
                    "timeout=60",
                    "-F",
                    "params={\"a\":1}")
                .code())
        .isZero();
  }

  @Test
  void inputIsTheBodyAndFieldsOverrideIt() {
    wm.stubFor(
        put(urlEqualTo("/api/v1/instances/jp_1"))
            .withRequestBody(equalToJson("{\"name\":\"new\",\"resource_config\":{\"cpu\":20}}"))
            .willReturn(okJson(envelope(200, "instance updated successfully", "{}"))));
    PyroRun.Result r =
        pyro()
            .stdin("name: old\nresource_config: {cpu: 20}\n")
            .run("api", "/instances/jp_1", "-X", "put", "--input", "-", "-F", "name=new");
    assertThat(r.code()).as(r.toString()).isZero();
  }

  @Test
  void deleteFieldsGoInTheQuery() {
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .withQueryParam("force", equalTo("true"))
            .willReturn(okJson(envelope(200, "sandbox deleted successfully", "{}"))));
    assertThat(pyro().run("api", "/sandboxes/sbx_1", "-X", "DELETE", "-F", "force=true").code())
        .isZero();
  }

  @Test
  void anErrorStatusPrintsTheBodyAndExitsWithItsCode() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/nope"))
            .willReturn(
                aResponse().withStatus(404).withBody(envelope(404, "sandbox not found", "null"))));
    PyroRun.Result r = pyro().run("api", "/sandboxes/nope");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEqualTo(envelope(404, "sandbox not found", "null") + "\n");
    assertThat(r.err()).isEqualTo("error: sandbox not found (HTTP 404)\n");
  }

  @Test
  void aNonJsonBodyIsPrintedNeutralised() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/health"))
            .willReturn(aResponse().withStatus(502).withBody("<h1>Bad \u001b[2J Gateway</h1>")));
    PyroRun.Result r = pyro().run("api", "/health");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("<h1>Bad ^[[2J Gateway</h1>\n");
    assertThat(r.err()).isEqualTo("error: request failed (HTTP 502)\n");
  }

  @Test
  void badMethodsAndInputsAreUsageErrors() {
    assertThat(pyro().run("api", "/x", "-X", "TRACE").err())
        .isEqualTo("error: invalid --method 'TRACE' (allowed: GET, POST, PUT, DELETE, PATCH)\n");
    assertThat(pyro().run("api", "/x", "-X", "GET", "--input", "-").err())
        .isEqualTo("error: --input needs a method with a body (POST, PUT, PATCH)\n");
  }
}
