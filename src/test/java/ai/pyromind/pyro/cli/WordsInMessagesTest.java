package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Messages that count things or tell a state read as English. */
class WordsInMessagesTest extends CommandTest {
  @Test
  void deletingSeveralAsksAboutThemInThePlural() {
    PyroRun run = pyro().terminal().answer("n");
    PyroRun.Result r = run.run("sandbox", "delete", "sbx_1", "sbx_2");
    assertThat(run.prompts()).containsExactly("Delete 2 sandboxes (sbx_1, sbx_2)? [y/N] ");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void aBatchOfOneActionSaysOneAction() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/sandboxes/sbx_1/actions/batch"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "batch actions executed successfully",
                        "{\"sandbox_id\":\"sbx_1\",\"total_actions\":1,\"success_count\":1,"
                            + "\"failed_count\":0,\"results\":[{\"action\":\"start\","
                            + "\"status\":\"success\",\"message\":\"started\"}]}"))));
    PyroRun.Result r =
        pyro().stdin("[{\"action\":\"start\"}]").run("sandbox", "batch", "sbx_1", "-f", "-");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ 1 action succeeded on sbx_1\n");
  }

  @Test
  void anInstancePausedWithOneCheckpointSaysOneCheckpoint() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/instances/jp_1/pause"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "instance paused successfully",
                        "{\"instance_id\":\"jp_1\",\"status\":\"paused\",\"checkpoint_count\":1}"))));
    PyroRun.Result r = pyro().run("instance", "pause", "jp_1");
    assertThat(r.err()).isEqualTo("✓ paused jp_1, 1 checkpoint\n");
  }

  @Test
  void aPausedJobIsToldAtItsEpochAndCheckpointWhenTheServerGivesOnlyProgress() {
    String paused =
        "{\"job_id\":\"train_1\",\"status\":\"paused\",\"progress\":46,"
            + "\"hyperparameters\":{\"epochs\":50},"
            + "\"checkpoints\":[\"checkpoint-epoch-20\",\"pause-checkpoint-epoch-23\"],\"logs\":[]}";
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_1"))
            .withQueryParam("include_logs", equalTo("true"))
            .inScenario("follow")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("paused")
            .willReturn(okJson(envelope(200, "ok", paused))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_1"))
            .withQueryParam("include_logs", equalTo("true"))
            .inScenario("follow")
            .whenScenarioStateIs("paused")
            .willReturn(
                okJson(envelope(200, "ok", "{\"job_id\":\"train_1\",\"status\":\"success\"}"))));
    PyroRun.Result r = pyro().run("train", "logs", "train_1", "-f", "--interval", "10ms");
    assertThat(r.err())
        .isEqualTo(
            "job paused at epoch 23 (checkpoint pause-checkpoint-epoch-23)\n✓ train_1 succeeded\n");
  }

  @Test
  void aHyperparameterWithALeadingZeroIsSentAsTheStringItIs() throws Exception {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/training/jobs"))
            .willReturn(
                okJson(
                    envelope(
                        201, "submitted", "{\"job_id\":\"train_1\",\"status\":\"pending\"}"))));
    String submit =
        "train submit j --framework pytorch --model m --cpu 1 --memory 1 --train-data s3://x"
            + " --output-bucket b --output-path /p"
            + " --hp tag=007 --hp lr=0.0003 --hp epochs=10 --hp sign=+7 --hp half=.5";
    PyroRun.Result r = pyro().run(submit.split(" "));
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode hp =
        Json.parse(wm.getAllServeEvents().get(0).getRequest().getBodyAsString())
            .path("hyperparameters");
    assertThat(hp.path("tag").isTextual()).as(hp.toString()).isTrue();
    assertThat(hp.path("tag").asText()).isEqualTo("007");
    assertThat(hp.path("sign").asText()).isEqualTo("+7");
    assertThat(hp.path("half").isTextual()).isTrue();
    assertThat(hp.path("epochs").isIntegralNumber()).isTrue();
    assertThat(hp.path("lr").isNumber()).isTrue();
  }
}
