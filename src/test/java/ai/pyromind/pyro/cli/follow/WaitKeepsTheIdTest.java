package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code create --wait} leaves the id on stdout however the wait ends, so a trap can clean up. */
class WaitKeepsTheIdTest extends CommandTest {
  private static final String[] SUBMIT = {
    "train",
    "submit",
    "doomed",
    "--framework",
    "ray",
    "--model",
    "m",
    "--cpu",
    "1",
    "--memory",
    "1",
    "--train-data",
    "s3://t",
    "--hp",
    "epochs=5",
    "--output-bucket",
    "b",
    "--output-path",
    "/p",
    "--wait",
    "--interval",
    "10ms"
  };

  private void sandboxCreatedButNeverRunning() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201, "created", "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}"))));
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"name\":\"box\",\"status\":\"pending\"}"))));
  }

  private void jobThatFails() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/training/jobs"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201, "submitted", "{\"job_id\":\"train_9\",\"status\":\"pending\"}"))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_9"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_9\",\"name\":\"doomed\",\"status\":\"failed\"}"))));
  }

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void aTimedOutCreateWithOutputIdStillPrintsTheId() {
    sandboxCreatedButNeverRunning();
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "create",
                "box",
                "--type",
                "t",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--wait",
                "--interval",
                "20ms",
                "--timeout",
                "200ms",
                "-o",
                "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo("sbx_1\n");
  }

  @Test
  void aSubmitWithWaitOfAJobThatFailsPrintsTheIdWith7() {
    jobThatFails();
    PyroRun.Result r = pyro().run(with(SUBMIT, "-o", "id"));
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.out()).isEqualTo("train_9\n");
    assertThat(r.err()).endsWith("error: train_9 failed; it can no longer reach success\n");
  }

  @Test
  void withJsonStdoutIsOneObjectTheLastStateSeenWhateverTheExitCode() throws Exception {
    jobThatFails();
    PyroRun.Result r = pyro().run(with(SUBMIT, "-o", "json"));
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    JsonNode printed = Json.parse(r.out());
    assertThat(printed.path("job_id").asText()).isEqualTo("train_9");
    assertThat(printed.path("status").asText()).isEqualTo("failed");
  }

  @Test
  void withJqTheFilterSeesTheLastStateOfATimedOutCreate() {
    sandboxCreatedButNeverRunning();
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "create",
                "box",
                "--type",
                "t",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--wait",
                "--interval",
                "20ms",
                "--timeout",
                "200ms",
                "--jq",
                ".sandbox_id + \" \" + .status");
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo("sbx_1 pending\n");
  }

  @Test
  void aBadTimeoutIsRefusedBeforeAnythingIsCreated() {
    PyroRun.Result r =
        pyro()
            .run(
                "sandbox",
                "create",
                "box",
                "--type",
                "t",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--wait",
                "--timeout",
                "5x",
                "-o",
                "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(wm.getAllServeEvents()).as("no request: nothing was created").isEmpty();
  }
}
