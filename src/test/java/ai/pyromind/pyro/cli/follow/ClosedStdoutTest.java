package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.ClosingPipe;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Streaming output whose reader has gone ({@code | head -1}, {@code | grep -m1}). */
class ClosedStdoutTest extends CommandTest {
  private static final String JOB = "/api/v1/training/jobs/train_1";
  private static final int POLLS = 15;

  /** A job whose log grows by 3 lines a poll for {@link #POLLS} polls, then succeeds. */
  private void growingJob() {
    for (int i = 1; i <= POLLS; i++) {
      ObjectNode data = Json.object();
      data.put("job_id", "train_1");
      data.put("status", i == POLLS ? "success" : "running");
      data.put("current_epoch", 3 * i);
      data.put("total_epochs", 3 * POLLS);
      data.putObject("metrics").put("train_loss", 1.0 / i);
      ArrayNode logs = data.putArray("logs");
      for (int line = 1; line <= 3 * i; line++) {
        logs.add("2024-01-05T00:00:00Z - Epoch " + line + "/" + 3 * POLLS);
      }
      wm.stubFor(
          get(urlPathEqualTo(JOB))
              .inScenario("grow")
              .whenScenarioStateIs(i == 1 ? STARTED : "p" + i)
              .willSetStateTo("p" + (i + 1))
              .willReturn(okJson(envelope(200, "ok", data.toString()))));
    }
  }

  private void allStubsUsedAnyway() {
    // the stubs after the reader left are never asked for: that is the point
    wm.resetAll();
  }

  @Test
  void logsFollowStopsAtTheFirstWriteAfterTheReaderLeftAndExits141Quietly() {
    growingJob();
    ClosingPipe pipe = ClosingPipe.readerLeavesAfter(1);
    PyroRun.Result r =
        pyro().stdout(pipe).run("train", "logs", "train_1", "-f", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(141);
    assertThat(r.err()).isEmpty();
    assertThat(pipe.taken()).startsWith("2024-01-05T00:00:00Z - Epoch 1/45\n");
    assertThat(pipe.refused()).isEqualTo(1);
    wm.verify(
        2, getRequestedFor(urlPathEqualTo(JOB)).withQueryParam("include_logs", equalTo("true")));
    allStubsUsedAnyway();
  }

  @Test
  void watchWithoutATerminalStopsWhenTheReaderLeaves() {
    growingJob();
    ClosingPipe pipe = ClosingPipe.readerLeavesAfter(1);
    PyroRun.Result r = pyro().stdout(pipe).run("train", "watch", "train_1", "--interval", "10ms");
    assertThat(r.code()).as(r.toString()).isEqualTo(141);
    assertThat(r.err()).isEmpty();
    assertThat(pipe.taken()).startsWith("epoch 3/45 0% train_loss=1.0\n");
    wm.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
    allStubsUsedAnyway();
  }

  @Test
  void listAllFetchesNoFurtherPageOnceTheReaderHasGone() {
    ArrayNode page = Json.array();
    for (int i = 0; i < 100; i++) {
      page.addObject().put("sandbox_id", "sbx_" + i).put("status", "running");
    }
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandboxes\":"
                            + page
                            + ",\"total\":1000,\"page\":1,\"page_size\":100}"))));
    ClosingPipe pipe = ClosingPipe.readerLeavesAfter(0);
    PyroRun.Result r = pyro().stdout(pipe).run("sandbox", "list", "--all", "-o", "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(141);
    assertThat(r.err()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void aWriteErrorOtherThanABrokenPipeIsAnErrorNotASuccess() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                okJson(envelope(200, "ok", "{\"sandbox_id\":\"sbx_1\",\"status\":\"running\"}"))));
    PyroRun.Result r =
        pyro()
            .stdout(ClosingPipe.failingWith("No space left on device"))
            .run("sandbox", "get", "sbx_1", "-o", "json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"cannot write to stdout: No space left on device\","
                + "\"http_status\":null,\"exit_code\":1,\"resource\":\"sbx_1\"}}\n");
  }

  @Test
  void helpIntoAFullDiskIsAnErrorAndIntoAClosedPipeIs141() {
    PyroRun.Result full =
        pyro().stdout(ClosingPipe.failingWith("No space left on device")).run("train", "--help");
    assertThat(full.code()).isEqualTo(1);
    assertThat(full.err()).isEqualTo("error: cannot write to stdout: No space left on device\n");
    PyroRun.Result closed = pyro().stdout(ClosingPipe.readerLeavesAfter(0)).run("train", "--help");
    assertThat(closed.code()).isEqualTo(141);
    assertThat(closed.err()).isEmpty();
  }

  @Test
  void helpIntoAFullDiskWithJsonErrorsIsOneJsonObject() {
    PyroRun.Result full =
        pyro()
            .stdout(ClosingPipe.failingWith("No space left on device"))
            .run("train", "--help", "--error-format", "json");
    assertThat(full.code()).isEqualTo(1);
    assertThat(full.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"cannot write to stdout: No space left on device\","
                + "\"http_status\":null,\"exit_code\":1,\"resource\":null}}\n");
  }
}
