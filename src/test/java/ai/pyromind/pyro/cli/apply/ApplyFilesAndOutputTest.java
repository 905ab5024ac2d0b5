package ai.pyromind.pyro.cli.apply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApplyFilesAndOutputTest extends ApplyCommandTestBase {
  private static final String TRAINING_DOC =
      """
      kind: training
      name: ppo
      training_framework: pytorch
      model_name: ppo-v3
      resource_config: {cpu: 8, memory: 32}
      data_config: {train_data_source: "s3://d/train"}
      hyperparameters: {epochs: 100}
      output_config: {output_bucket: m, output_path: /ppo}
      max_run_time: 48h
      """;

  private static void createdSandbox(String status) {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .withRequestBody(equalToJson("{\"expire_time\":\"2024-01-12T00:00:00Z\"}", true, true))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(envelope(201, "created", SANDBOX_ITEM.replace("running", status)))));
  }

  @Test
  void relativeExpiryIsResolvedAtCreationAndJsonOutputHasTheObjects() throws IOException {
    list("/sandboxes", "sandboxes");
    createdSandbox("pending");
    Path f = file(SANDBOX_DOC + "expire_time: +7d\n");
    PyroRun.Result r = pyro().run("apply", "-f", f.toString(), "-o", "json");
    assertThat(r.err()).isEqualTo("✓ created sandbox sim-box sbx_1 (pending)\n");
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode out = Json.parse(r.out());
    assertThat(out.size()).isEqualTo(1);
    assertThat(out.at("/0/sandbox_id").asText()).isEqualTo("sbx_1");
  }

  @Test
  void waitWaitsForWhatWasCreatedWithTheUsualExitCodes() throws IOException {
    list("/sandboxes", "sandboxes");
    createdSandbox("pending");
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(okJson(envelope(200, "ok", SANDBOX_ITEM.replace("running", "error")))));
    PyroRun.Result r =
        pyro()
            .run(
                "apply",
                "-f",
                file(SANDBOX_DOC + "expire_time: +7d\n").toString(),
                "--wait",
                "--interval",
                "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).contains("✓ created sandbox sim-box sbx_1 (pending)").contains("sbx_1");
  }

  @Test
  void aChangedJobIsAConflictNamingItsStateAndDetailIsFetchedOnce() throws IOException {
    list(
        "/training/jobs",
        "jobs",
        "{\"job_id\":\"train_1\",\"name\":\"ppo\",\"status\":\"running\",\"progress\":4}");
    wm.stubFor(
        get(urlEqualTo("/api/v1/training/jobs/train_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"name\":\"ppo\",\"status\":\"running\","
                            + "\"model_name\":\"ppo-v2\",\"resource_config\":{\"cpu\":8,\"memory\":32},"
                            + "\"max_run_time\":\"PT48H\",\"hyperparameters\":{\"epochs\":100}}"))));
    PyroRun.Result r = pyro().run("apply", "-f", file(TRAINING_DOC).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(4);
    assertThat(r.err())
        .startsWith(
            "error: conflict train_1: model_name ppo-v2 -> ppo-v3 (immutable, job running;"
                + " --replace)\n");
    assertThat(methodsSent()).containsExactly(RequestMethod.GET);
  }

  @Test
  void keysWithSlashesAreComparedToo() throws IOException {
    list(
        "/training/jobs",
        "jobs",
        "{\"job_id\":\"train_1\",\"name\":\"ppo\",\"status\":\"succeeded\"}");
    wm.stubFor(
        get(urlEqualTo("/api/v1/training/jobs/train_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"name\":\"ppo\",\"status\":\"succeeded\","
                            + "\"hyperparameters\":{\"epochs\":100,\"lr/decay\":0.1}}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "apply",
                "-f",
                file(TRAINING_DOC.replace("{epochs: 100}", "{epochs: 100, lr/decay: 0.2}"))
                    .toString(),
                "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isEqualTo(4);
    assertThat(r.out())
        .isEqualTo(
            "! conflict train_1: hyperparameters.lr/decay 0.1 -> 0.2 (immutable, job succeeded;"
                + " --replace)\n");
  }

  @Test
  void twoResourcesOfOneNameAreAFailureAndTheRestIsStillDone() throws IOException {
    list("/sandboxes", "sandboxes", SANDBOX_ITEM, SANDBOX_ITEM.replace("sbx_1", "sbx_2"));
    list("/instances", "instances", INSTANCE_ITEM.replace("\"cpu\":4", "\"cpu\":8"));
    PyroRun.Result r = pyro().run("apply", "-f", file(SANDBOX_DOC, INSTANCE_DOC).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: ambiguous sandbox sim-box: sbx_1, sbx_2 (several have this name; delete all"
                + " but one)\n"
                + "= unchanged instance lab (jp_100003)\n"
                + "error: 1 of 2 resources failed; the rest were applied\n");
    assertThat(methodsSent()).containsExactly(RequestMethod.GET);
  }

  @Test
  void declinedReplaceChangesNothing() throws IOException {
    list("/sandboxes", "sandboxes", SANDBOX_ITEM.replace("cpu-sandbox", "gpu-sandbox"));
    PyroRun.Result r =
        pyro().terminal().answer("n").run("apply", "-f", file(SANDBOX_DOC).toString(), "--replace");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("nothing changed");
    assertThat(methodsSent()).containsExactly(RequestMethod.GET);
  }

  @Test
  void readsAFolderAndJsonArrays() throws IOException {
    Path dir = Files.createDirectory(home.resolve("deploy"));
    Files.writeString(dir.resolve("a.yaml"), SANDBOX_DOC);
    Files.writeString(
        dir.resolve("b.json"),
        "[{\"kind\":\"instance\",\"name\":\"lab\",\"resource_type\":\"cpu\","
            + "\"resource_config\":{\"cpu\":4,\"memory\":16}}]");
    Files.writeString(dir.resolve("notes.txt"), "not a project file");
    list("/sandboxes", "sandboxes", SANDBOX_ITEM);
    list("/instances", "instances", INSTANCE_ITEM);
    PyroRun.Result r = pyro().run("apply", "-f", dir.toString(), "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo("= unchanged sandbox sim-box (sbx_1)\n= unchanged instance lab (jp_100003)\n");
  }

  @Test
  void badFilesAreExitTwoNamingDocumentAndLine() throws IOException {
    assertBad("kind: bucket\nname: x\n", "error: 'FILE' document 1, line 1: unknown kind 'bucket'");
    assertBad(
        SANDBOX_DOC.replace("cpu: 4", "cpu: four"),
        "error: 'FILE' document 1, line 4: resource_config.cpu must be an integer");
    assertBad(
        INSTANCE_DOC.replace("resource_type: cpu", "resource_type: tpu"),
        "error: 'FILE' document 1, line 3: invalid resource_type 'tpu' (allowed: cpu, gpu)");
    assertBad(
        SANDBOX_DOC.replace("sandbox_type: cpu-sandbox\n", ""),
        "error: 'FILE' document 1, line 1: sandbox_type is required");
    assertBad(SANDBOX_DOC + "---\n" + SANDBOX_DOC, "sandbox sim-box is declared twice");
    assertBad(TRAINING_DOC.replace("48h", "soon"), "line 9: max_run_time: invalid duration");
    PyroRun.Result secret =
        pyro().run("apply", "-f", file(INSTANCE_DOC + "password: 31415926\n").toString());
    assertThat(secret.code()).isEqualTo(2);
    assertThat(secret.err()).contains("password must be text").doesNotContain("31415926");
  }

  private void assertBad(String text, String expected) throws IOException {
    Path f = file(text);
    PyroRun.Result r = pyro().run("apply", "-f", f.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(expected.replace("FILE", f.toString())).doesNotContain("\tat ");
  }
}
