package ai.pyromind.pyro.cli.cmdutil;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

/** The "again with" hints after Ctrl-C repeat the global options the run was given. */
class RerunHintTest extends CommandTest {
  private static final String RUNNING =
      envelope(200, "ok", "{\"job_id\":\"train_1\",\"status\":\"running\",\"logs\":[]}");

  /** Runs pyro and sends it SIGINT once the server has seen its first request. */
  private PyroRun.Result interrupted(PyroRun run, String... args) throws Exception {
    CompletableFuture<PyroRun.Result> result = CompletableFuture.supplyAsync(() -> run.run(args));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (wm.getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200);
    Signal.raise(new Signal("INT"));
    return result.get(10, TimeUnit.SECONDS);
  }

  @Test
  void afterCtrlCTheFollowHintKeepsProfileApiUrlAndOutput() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v1/training/jobs/train_1")).willReturn(okJson(RUNNING)));
    new PyroRun(home)
        .env("PYRO_TOKEN", TOKEN)
        .run("config", "set", "api_url", wm.baseUrl(), "-p", "ci");
    PyroRun.Result r =
        interrupted(
            new PyroRun(home).env("PYRO_TOKEN", TOKEN),
            "-p",
            "ci",
            "train",
            "logs",
            "train_1",
            "-f",
            "--interval",
            "50ms",
            "--api-url",
            wm.baseUrl(),
            "-o",
            "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(130);
    // -o json asks for errors as JSON: the interruption is the one object, hint inside
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"stopped following; train_1 is untouched. Follow again"
                + " with: pyro -p ci --api-url "
                + wm.baseUrl()
                + " -o json train logs train_1 -f\",\"http_status\":null,\"exit_code\":130,"
                + "\"resource\":\"train_1\"}}\n");
  }

  @Test
  void withTextErrorsTheInterruptionIsTheHintLine() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v1/training/jobs/train_1")).willReturn(okJson(RUNNING)));
    PyroRun.Result r =
        interrupted(
            new PyroRun(home).env("PYRO_TOKEN", TOKEN),
            "train",
            "logs",
            "train_1",
            "-f",
            "--interval",
            "50ms",
            "--api-url",
            wm.baseUrl(),
            "-o",
            "json",
            "--error-format",
            "text");
    assertThat(r.code()).as(r.toString()).isEqualTo(130);
    assertThat(r.err())
        .isEqualTo(
            "stopped following; train_1 is untouched. Follow again with: pyro --api-url "
                + wm.baseUrl()
                + " -o json --error-format text train logs train_1 -f\n");
  }

  @Test
  void theWaitHintKeepsTheGlobalOptionsShellQuoted() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                okJson(envelope(200, "ok", "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}"))));
    pyro().run("config", "set", "api_url", wm.baseUrl(), "-p", "ci");
    PyroRun.Result r =
        interrupted(
            pyro(),
            "sandbox",
            "wait",
            "sbx_1",
            "--interval",
            "50ms",
            "-p",
            "ci",
            "--jq",
            ".status | ascii_downcase",
            "--request-timeout",
            "5s");
    assertThat(r.code()).as(r.toString()).isEqualTo(130);
    // --jq implies JSON errors: the hint is in the one object
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"stopped waiting; sbx_1 is untouched. Wait again with:"
                + " pyro -p ci --request-timeout 5s --jq '.status | ascii_downcase' sandbox wait"
                + " sbx_1 --for running\",\"http_status\":null,\"exit_code\":130,"
                + "\"resource\":\"sbx_1\"}}\n");
  }

  @Test
  void notLoggedInPointsAtTheLoginOfTheProfileInUse() {
    new PyroRun(home).run("config", "set", "api_url", wm.baseUrl(), "-p", "ci");
    PyroRun.Result r = new PyroRun(home).run("-p", "ci", "-o", "json", "sandbox", "list");
    assertThat(r.code()).isEqualTo(5);
    // -o json asks for errors as JSON too; the hint inside names the profile all the same
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"not logged in: run `pyro -p ci auth login`, or set"
                + " PYRO_TOKEN\",\"http_status\":null,\"exit_code\":5,\"resource\":\"sandbox\"}}\n");
  }

  @Test
  void aUrlLosesItsUserAndPasswordAndQuotesAreEscaped() {
    assertThat(Rerun.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(Rerun.quote("train_1")).isEqualTo("train_1");
    PyroCommand globals = new PyroCommand();
    globals.apiUrl = "https://me:s3cret@pyro.example:8443/base";
    assertThat(Rerun.line(globals, "train", "watch", "train_1"))
        .isEqualTo("pyro --api-url https://pyro.example:8443/base train watch train_1")
        .doesNotContain("s3cret");
  }
}
