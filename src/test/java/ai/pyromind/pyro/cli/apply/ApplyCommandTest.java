package ai.pyromind.pyro.cli.apply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApplyCommandTest extends ApplyCommandTestBase {
  @Test
  void createsWhatIsAbsent() throws IOException {
    list("/sandboxes", "sandboxes");
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"sim-box\",\"sandbox_type\":\"cpu-sandbox\","
                        + "\"resource_config\":{\"cpu\":4,\"memory\":16}}"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(201, "created", SANDBOX_ITEM.replace("running", "pending")))));
    PyroRun.Result r = pyro().run("apply", "-f", file(SANDBOX_DOC).toString(), "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("sbx_1\n");
    assertThat(r.err()).isEqualTo("✓ created sandbox sim-box sbx_1 (pending)\n");
  }

  @Test
  void numbersAreSentAsTheFileWritesThem() throws IOException {
    list("/training/jobs", "jobs");
    wm.stubFor(
        post(urlEqualTo("/api/v1/training/jobs"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing(
                    "\"hyperparameters\":{\"lr\":0.0003,\"eps\":1e-07,\"decay\":1.5e+300}"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201, "created", "{\"job_id\":\"train_1\",\"status\":\"pending\"}"))));
    String doc =
        """
        kind: training
        name: ppo
        training_framework: pytorch
        model_name: ppo-v3
        resource_config: {cpu: 8, memory: 32}
        data_config: {train_data_source: "s3://d/train"}
        hyperparameters: {lr: 0.0003, eps: 1e-07, decay: 1.5e+300}
        output_config: {output_bucket: m, output_path: /ppo}
        """;
    PyroRun.Result r = pyro().run("apply", "-f", file(doc).toString(), "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("train_1\n");
  }

  @Test
  void sameFileSendsOnlyGetsAndSaysUnchanged() throws IOException {
    list("/sandboxes", "sandboxes", SANDBOX_ITEM);
    list("/instances", "instances", INSTANCE_ITEM.replace("\"cpu\":4", "\"cpu\":8"));
    PyroRun.Result r = pyro().run("apply", "-f", file(SANDBOX_DOC, INSTANCE_DOC).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo("= unchanged sandbox sim-box (sbx_1)\n= unchanged instance lab (jp_100003)\n");
    assertThat(r.out()).isEmpty();
    assertThat(methodsSent()).containsExactly(RequestMethod.GET);
  }

  @Test
  void changedCpuIsOnePutWithOnlyThatField() throws IOException {
    list("/instances", "instances", INSTANCE_ITEM);
    wm.stubFor(
        put(urlEqualTo("/api/v1/instances/jp_100003"))
            .withRequestBody(equalToJson("{\"resource_config\":{\"cpu\":8}}"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "updated",
                        "{\"instance_id\":\"jp_100003\",\"updated_fields\":[\"resource_config\"]}"))));
    PyroRun.Result r = pyro().run("apply", "-f", file(INSTANCE_DOC).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ updated jp_100003: cpu 4 -> 8\n");
    wm.verify(
        1,
        com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
            urlEqualTo("/api/v1/instances/jp_100003")));
  }

  @Test
  void dryRunPrintsThePlanAndSendsOnlyGets() throws IOException {
    list("/sandboxes", "sandboxes", SANDBOX_ITEM.replace("cpu-sandbox", "gpu-sandbox"));
    list("/instances", "instances", INSTANCE_ITEM);
    Path f =
        file(
            SANDBOX_DOC,
            INSTANCE_DOC,
            "kind: sandbox\nname: other\nsandbox_type: cpu-sandbox\n"
                + "resource_config: {cpu: 1, memory: 1}\n");
    PyroRun.Result r = pyro().run("apply", "-f", f.toString(), "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isEqualTo(4);
    assertThat(r.out())
        .isEqualTo(
            "! conflict sbx_1: sandbox_type gpu-sandbox -> cpu-sandbox (immutable; --replace)\n"
                + "~ update jp_100003: cpu 4 -> 8\n"
                + "+ create sandbox other\n");
    PyroRun.Result json = pyro().run("apply", "-f", f.toString(), "--dry-run", "-o", "json");
    json.assertEnded(4, "");
    assertThat(json.out())
        .contains("\"action\": \"conflict\"")
        .contains("\"field\": \"resource_config.cpu\"")
        .contains("\"action\": \"create\"");
    assertThat(methodsSent()).containsExactly(RequestMethod.GET);
  }

  @Test
  void conflictExitsFourAndSendsNothing() throws IOException {
    list("/sandboxes", "sandboxes", SANDBOX_ITEM.replace("cpu-sandbox", "gpu-sandbox"));
    list("/instances", "instances");
    PyroRun.Result r = pyro().run("apply", "-f", file(SANDBOX_DOC, INSTANCE_DOC).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(4);
    assertThat(r.err())
        .isEqualTo(
            "error: conflict sbx_1: sandbox_type gpu-sandbox -> cpu-sandbox (immutable; --replace)\n"
                + "1 conflict; nothing was changed (--replace deletes and creates them again)\n");
    assertThat(methodsSent()).containsExactly(RequestMethod.GET);
  }

  @Test
  void replaceDeletesAndCreatesAgainAndNeedsYesWithoutATerminal() throws IOException {
    list("/sandboxes", "sandboxes", SANDBOX_ITEM.replace("cpu-sandbox", "gpu-sandbox"));
    Path f = file(SANDBOX_DOC);
    PyroRun.Result refused = pyro().run("apply", "-f", f.toString(), "--replace");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("pass --yes");
    wm.stubFor(
        delete(urlEqualTo("/api/v1/sandboxes/sbx_1?force=true"))
            .willReturn(okJson(envelope(200, "deleted", "{\"sandbox_id\":\"sbx_1\"}"))));
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .withRequestBody(equalToJson("{\"sandbox_type\":\"cpu-sandbox\"}", true, true))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(envelope(201, "created", SANDBOX_ITEM.replace("sbx_1", "sbx_2")))));
    PyroRun.Result r = pyro().run("apply", "-f", f.toString(), "--replace", "--yes");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "✓ deleted sbx_1 to replace it: sandbox_type gpu-sandbox -> cpu-sandbox\n"
                + "✓ created sandbox sim-box sbx_2 (running)\n");
    wm.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/sandboxes/sbx_1?force=true")));
  }

  @Test
  void aFailedRequestIsReportedAndTheRestStillDone() throws IOException {
    list("/sandboxes", "sandboxes");
    list("/instances", "instances");
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(envelope(500, "failed to create sandbox: no capacity", "null"))));
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(201, "created", INSTANCE_ITEM.replace("running", "pending")))));
    PyroRun.Result r =
        pyro()
            .env("PYRO_RETRIES", "0")
            .run("apply", "-f", file(SANDBOX_DOC, INSTANCE_DOC).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("error: sandbox sim-box: ")
        .contains("no capacity")
        .contains("✓ created instance lab jp_100003 (pending)")
        .endsWith("error: 1 of 2 resources failed; the rest were applied\n");
  }

  @Test
  void matchesNamesOnLaterPages() throws IOException {
    StringBuilder page1 = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      page1.append(i == 0 ? "" : ",").append(SANDBOX_ITEM.replace("sim-box", "box-" + i));
    }
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "listed",
                        "{\"total\":101,\"page\":1,\"page_size\":100,\"sandboxes\":["
                            + page1
                            + "]}"))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("2"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "listed",
                        "{\"total\":101,\"page\":2,\"page_size\":100,\"sandboxes\":["
                            + SANDBOX_ITEM.replace("sbx_1", "sbx_101")
                            + "]}"))));
    PyroRun.Result r = pyro().run("apply", "-f", file(SANDBOX_DOC).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("= unchanged sandbox sim-box (sbx_101)\n");
  }

  @Test
  void unknownFieldIsExitTwoNamingTheDocumentAndLine() throws IOException {
    Path f = file(SANDBOX_DOC, INSTANCE_DOC.replace("resource_type: cpu\n", "resource_typ: cpu\n"));
    PyroRun.Result r = pyro().run("apply", "-f", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: '" + f + "' document 2, line 8: unknown field 'resource_typ' (known: ");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
