package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

class WaitTest extends CommandTest {
  private static final String SANDBOX = "/api/v1/sandboxes/sbx_1";

  private static ResponseDefinitionBuilder sandbox(String status) {
    return okJson(
        envelope(
            200,
            "ok",
            "{\"sandbox_id\":\"sbx_1\",\"name\":\"box\",\"status\":\"" + status + "\"}"));
  }

  /** Answers in order: each state answers once, the last one for ever. */
  private void sequence(String url, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      var stub =
          get(urlEqualTo(url)).inScenario("seq").whenScenarioStateIs(i == 0 ? STARTED : "s" + i);
      if (i < answers.length - 1) {
        stub = stub.willSetStateTo("s" + (i + 1));
      }
      wm.stubFor(stub.willReturn(answers[i]));
    }
  }

  @Test
  void waitReturns0WhenTheStateIsReachedAndPrintsTheResource() {
    sequence(SANDBOX, sandbox("pending"), sandbox("pending"), sandbox("running"));
    PyroRun.Result r = pyro().run("sandbox", "wait", "sbx_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ sbx_1 is running\n");
    assertThat(r.out())
        .isEqualTo(
            "ID\tNAME\tSTATUS\tTYPE\tCPU\tMEM\tGPU\tCREATED\tEXPIRES\nsbx_1\tbox\trunning\t\t\t\t\t\t\n");
    // the last poll is what is shown: no extra GET after the wait
    wm.verify(3, getRequestedFor(urlEqualTo(SANDBOX)));
  }

  @Test
  void waitEndsAt7AsSoonAsTheStateCannotCome() {
    sequence(SANDBOX, sandbox("pending"), sandbox("error"));
    PyroRun.Result r = pyro().run("sandbox", "wait", "sbx_1", "--interval", "10ms");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: sbx_1 is in error; it can no longer reach running\n");
  }

  @Test
  void waitForAJobEndsAt7WhenItFails() {
    sequence(
        "/api/v1/training/jobs/train_1",
        okJson(envelope(200, "ok", "{\"job_id\":\"train_1\",\"status\":\"running\"}")),
        okJson(envelope(200, "ok", "{\"job_id\":\"train_1\",\"status\":\"failed\"}")));
    PyroRun.Result r = pyro().run("train", "wait", "train_1", "--interval", "10ms");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: train_1 failed; it can no longer reach success\n");
  }

  @Test
  void waitTimesOutWith8() {
    wm.stubFor(get(urlEqualTo(SANDBOX)).willReturn(sandbox("pending")));
    PyroRun.Result r =
        pyro().run("sandbox", "wait", "sbx_1", "--interval", "20ms", "--timeout", "200ms");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err())
        .isEqualTo(
            "error: timed out after 200ms waiting for sbx_1 to reach running (it is pending)\n");
  }

  @Test
  void waitForDeletedSucceedsOnA404AfterTheResourceWasSeen() {
    sequence(
        SANDBOX,
        sandbox("running"),
        aResponse().withStatus(404).withBody(envelope(404, "sandbox not found", "null")));
    PyroRun.Result r =
        pyro().run("sandbox", "wait", "sbx_1", "--for", "deleted", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ sbx_1 was deleted\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aResourceDeletedWhileWaitedForIs7AndAnUnknownOneIs3() {
    sequence(
        SANDBOX,
        sandbox("pending"),
        aResponse().withStatus(404).withBody(envelope(404, "sandbox not found", "null")));
    assertThat(pyro().run("sandbox", "wait", "sbx_1", "--interval", "10ms").code()).isEqualTo(7);
    wm.resetAll();
    wm.stubFor(
        get(urlEqualTo("/api/v1/sandboxes/sbx_404"))
            .willReturn(
                aResponse().withStatus(404).withBody(envelope(404, "sandbox not found", "null"))));
    PyroRun.Result unknown = pyro().run("sandbox", "wait", "sbx_404", "--interval", "10ms");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err()).isEqualTo("error: sandbox not found\n");
  }

  @Test
  void waitRidesOut502sAndResetsWithOneNotice() {
    sequence(
        SANDBOX,
        sandbox("pending"),
        aResponse().withStatus(502).withBody("<html>bad gateway</html>"),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withStatus(503).withBody(envelope(503, "maintenance", "null")),
        sandbox("running"));
    // --retries 0: the wait itself, not the client's retries, must ride the outage out
    PyroRun.Result r =
        pyro().run("sandbox", "wait", "sbx_1", "--interval", "10ms", "-o", "id", "--retries", "0");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .startsWith(
            "lost contact with the server (unexpected response from the server (HTTP 502, an HTML page)); retrying\n")
        .endsWith("back in contact with the server\n✓ sbx_1 is running\n");
    assertThat(r.err().lines().filter(l -> l.startsWith("lost contact"))).hasSize(1);
  }

  @Test
  void anInvalidStateIsAUsageError() {
    PyroRun.Result r = pyro().run("instance", "wait", "jp_1", "--for", "sleeping");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: invalid --for 'sleeping' (allowed: running, paused, stopped, error, deleted)\n");
  }

  @Test
  void createWithWaitBlocksUntilRunning() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"box\",\"sandbox_type\":\"t\",\"resource_config\":{\"cpu\":1,\"memory\":1}}"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201,
                            "sandbox created successfully",
                            "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}"))));
    sequence(SANDBOX, sandbox("pending"), sandbox("running"));
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
                "10ms",
                "-o",
                "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ created sbx_1 (pending)\n✓ sbx_1 is running\n");
    assertThat(r.out()).isEqualTo("sbx_1\n");
  }
}
