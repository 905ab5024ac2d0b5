package ai.pyromind.pyro.cli.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.Arrays;

/**
 * What the wait tests share: a sandbox and jobs whose states answer in turn, the commands that
 * create and then wait, and the simulated time a run spent waiting.
 */
abstract class WaitCommandTest extends CommandTest {
  static final String SANDBOX = "/api/v1/sandboxes/sbx_1";
  static final String[] CREATE_SANDBOX = {
    "sandbox", "create", "box", "--type", "t", "--cpu", "1", "--memory", "1", "--wait"
  };
  static final String[] SUBMIT_JOB = {
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
    "--wait"
  };

  private PyroRun last;

  /** Runs pyro (piped, WireMock as the API) and keeps the run to ask how long it waited. */
  PyroRun.Result run(String... args) {
    return run(pyro(), args);
  }

  PyroRun.Result run(PyroRun run, String... args) {
    last = run;
    return run.run(args);
  }

  /** The simulated time the last run spent in pauses and bounded waits. */
  Duration waited() {
    return last.time().slept();
  }

  static String[] with(String[] base, String... more) {
    String[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  static ResponseDefinitionBuilder sandbox(String status) {
    return okJson(
        envelope(
            200,
            "ok",
            "{\"sandbox_id\":\"sbx_1\",\"name\":\"box\",\"status\":\"" + status + "\"}"));
  }

  static ResponseDefinitionBuilder job(String id, String status) {
    return okJson(
        envelope(
            200,
            "ok",
            "{\"job_id\":\""
                + id
                + "\",\"name\":\"doomed\",\"status\":\""
                + status
                + "\",\"logs\":[]}"));
  }

  static ResponseDefinitionBuilder notFound(String what) {
    return aResponse().withStatus(404).withBody(envelope(404, what + " not found", "null"));
  }

  /** GET /sandboxes/sbx_1 answers these in turn, the last one for ever. */
  void sandboxAnswers(ResponseDefinitionBuilder... answers) {
    inTurn(() -> get(urlEqualTo(SANDBOX)), answers);
  }

  void jobAnswers(String id, ResponseDefinitionBuilder... answers) {
    inTurn(() -> get(urlPathEqualTo("/api/v1/training/jobs/" + id)), answers);
  }

  /** POST /sandboxes creates sbx_1, pending. */
  void sandboxCreated() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/sandboxes"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201,
                            "sandbox created successfully",
                            "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}"))));
  }

  /** POST /training/jobs submits train_9, pending. */
  void jobSubmitted() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/training/jobs"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201, "submitted", "{\"job_id\":\"train_9\",\"status\":\"pending\"}"))));
  }
}
