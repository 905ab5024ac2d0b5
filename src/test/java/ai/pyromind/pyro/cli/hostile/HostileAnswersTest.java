package ai.pyromind.pyro.cli.hostile;

import static ai.pyromind.pyro.testing.HostileServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.HostileAnswer.Framing;
import ai.pyromind.pyro.testing.HostileServer;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a server that drips, stalls, bloats or lies about shapes does to pyro: bounded harm. */
@Timeout(60)
class HostileAnswersTest {
  static final String TOKEN = "pm_test_0123456789abcdef";
  @TempDir Path home;
  private HostileServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private PyroRun pyro(HostileServer s) {
    server = s;
    return new PyroRun(home).env("PYRO_API_URL", s.url()).env("PYRO_TOKEN", TOKEN);
  }

  private static long millisOf(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  @Test
  void aBodyDrippedOneByteAtATimeEndsAtTheRequestTimeout() {
    PyroRun pyro =
        pyro(HostileServer.always(ok(Fixtures.SANDBOX_DETAIL).drip(1, Duration.ofMillis(100))));
    PyroRun.Result[] r = new PyroRun.Result[1];
    long took =
        millisOf(() -> r[0] = pyro.run("sandbox", "get", "sbx_1", "--request-timeout", "1s"));
    assertThat(r[0].code()).as(r[0].toString()).isEqualTo(6);
    assertThat(r[0].err()).isEqualTo("error: request to " + server.url() + " timed out after 1s\n");
    assertThat(took).isLessThan(4000);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void headersDrippedOneByteAtATimeEndAtTheRequestTimeout() {
    PyroRun pyro =
        pyro(
            HostileServer.always(
                ok(Fixtures.SANDBOX_DETAIL).drip(1, Duration.ofMillis(100)).dripHead()));
    PyroRun.Result[] r = new PyroRun.Result[1];
    long took =
        millisOf(() -> r[0] = pyro.run("sandbox", "get", "sbx_1", "--request-timeout", "1s"));
    assertThat(r[0].code()).as(r[0].toString()).isEqualTo(6);
    assertThat(r[0].err()).contains("timed out after 1s");
    assertThat(took).isLessThan(4000);
  }

  @Test
  void aChunkedBodyThatStallsHalfwayEndsAtTheRequestTimeout() {
    PyroRun pyro =
        pyro(
            HostileServer.always(
                ok(Fixtures.SANDBOX_DETAIL).framing(Framing.CHUNKED).stallAfter(150)));
    PyroRun.Result r = pyro.run("sandbox", "get", "sbx_1", "--request-timeout", "1s");
    assertThat(r.code()).as(r.toString()).isEqualTo(6);
    assertThat(r.err()).contains("timed out after 1s");
  }

  @Test
  void aGzipBombIsCutOffAtTheDecodedLimit() {
    ai.pyromind.pyro.testing.HostileAnswer bomb = HostileServer.gzipBomb(200L << 20);
    PyroRun pyro = pyro(HostileServer.always(bomb));
    PyroRun.Result r = pyro.run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: response too large: more than 64 MB from "
                + server.url()
                + " (raise the limit with PYRO_MAX_RESPONSE_MB)\n");
    assertThat(r.out()).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void theResponseLimitCanBeChangedAndCountsDecodedBytes() {
    String big = "{\"sandbox_id\":\"sbx_1\",\"name\":\"" + "n".repeat(2 << 20) + "\"}";
    PyroRun pyro = pyro(HostileServer.always(ok(big).gzipped()));
    PyroRun.Result small = pyro.env("PYRO_MAX_RESPONSE_MB", "1").run("sandbox", "get", "sbx_1");
    assertThat(small.code()).as(small.toString()).isEqualTo(1);
    assertThat(small.err()).startsWith("error: response too large: more than 1 MB from ");
    PyroRun.Result enough =
        pyro.env("PYRO_MAX_RESPONSE_MB", "3").run("sandbox", "get", "sbx_1", "-o", "id");
    assertThat(enough.err()).as(enough.toString()).isEmpty();
    assertThat(enough.code()).as(enough.toString()).isZero();
    assertThat(enough.out()).isEqualTo("sbx_1\n");
    PyroRun.Result bad = pyro.env("PYRO_MAX_RESPONSE_MB", "lots").run("sandbox", "get", "sbx_1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo(
            "error: invalid PYRO_MAX_RESPONSE_MB 'lots' (a whole number of megabytes from 1 to"
                + " 4096)\n");
  }

  @Test
  void theLimitAppliesToPyroApiToo() {
    PyroRun pyro = pyro(HostileServer.always(HostileServer.gzipBomb(100L << 20)));
    PyroRun.Result r = pyro.run("api", "/sandboxes/sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: response too large");
  }

  @Test
  void dataThatIsNotAnObjectIsAnUnexpectedAnswer() {
    PyroRun pyro = pyro(HostileServer.always(ok("\"surprise\"")));
    PyroRun.Result get = pyro.run("sandbox", "get", "sbx_1");
    assertThat(get.code()).as(get.toString()).isEqualTo(1);
    assertThat(get.err())
        .isEqualTo("error: unexpected answer from the server (data is a string, not an object)\n");
    PyroRun.Result list = pyro.run("sandbox", "list");
    assertThat(list.code()).isEqualTo(1);
    assertThat(list.err()).startsWith("error: unexpected answer from the server");
    assertThat(list.out()).isEmpty();
  }

  @Test
  void aSuccessfulAnswerWithoutDataIsAnUnexpectedAnswerNotAnEmptyResult() {
    String unexpected = "error: unexpected answer from the server (HTTP 200 without data)\n";
    for (String data : new String[] {"null", "null,\"extra\":1"}) {
      PyroRun pyro = pyro(HostileServer.always(ok(data)));
      pyro.run(
              "sandbox",
              "create",
              "box-1",
              "--type",
              "t",
              "--cpu",
              "1",
              "--memory",
              "1",
              "-o",
              "id")
          .assertEnded(1, unexpected);
      pyro.run("sandbox", "get", "sbx_1").assertEnded(1, unexpected);
      pyro.run("instance", "token", "jp_1").assertEnded(1, unexpected);
      pyro.run("sandbox", "list", "-o", "id").assertEnded(1, unexpected);
      stop();
    }
    PyroRun pyro =
        pyro(
            HostileServer.always(
                HostileServer.answer(200).body("{\"code\":200,\"message\":\"ok\"}")));
    pyro.run("train", "get", "train_1", "-o", "json")
        .assertEnded(
            1,
            "{\"error\":{\"message\":\"unexpected answer from the server (HTTP 200 without"
                + " data)\",\"http_status\":200,\"exit_code\":1,\"resource\":\"train_1\"}}\n");
    assertThat(pyro.run("sandbox", "delete", "sbx_1", "-y").code())
        .as("a delete has nothing to show: no data is fine")
        .isZero();
  }

  @Test
  void aHugeErrorMessageIsShortenedToOneReadableLine() {
    String huge = "x".repeat(1_000_000);
    PyroRun pyro =
        pyro(
            HostileServer.always(
                HostileServer.answer(400)
                    .body("{\"code\":400,\"message\":\"" + huge + "\",\"data\":null}")));
    String shortened = "x".repeat(1000) + "... (999000 more characters)";
    pyro.run("sandbox", "get", "sbx_1").assertEnded(2, "error: " + shortened + "\n");
    PyroRun.Result api = pyro.run("api", "/sandboxes/sbx_1");
    assertThat(api.code()).isEqualTo(2);
    assertThat(api.err()).isEqualTo("error: " + shortened + " (HTTP 400)\n");
    assertThat(api.out()).as("the body itself is data: printed whole").hasSize(huge.length() + 38);
  }

  @Test
  void aRedirectIsNotFollowedAndSaysWhereItLeads() {
    PyroRun pyro =
        pyro(
            HostileServer.always(
                HostileServer.answer(301)
                    .header("Location", "https://elsewhere.example/api/v1/sandboxes?token=abc")
                    .body("<html>moved</html>")));
    pyro.run("sandbox", "list")
        .assertEnded(
            1,
            "error: the server redirects (HTTP 301 to"
                + " https://elsewhere.example/api/v1/sandboxes?token=***); pyro does not follow"
                + " redirects, so that the token goes nowhere else: point --api-url (or the"
                + " profile's api_url) at the server that answers\n");
    assertThat(server.requests()).hasSize(1);
    PyroRun.Result api = pyro.run("api", "/sandboxes");
    assertThat(api.code()).as("pyro api: a redirect is not a success either").isEqualTo(1);
    assertThat(api.err()).startsWith("error: the server redirects (HTTP 301 to https://elsewhere");
  }

  @Test
  void aListThatIsNotAnArrayIsAnUnexpectedAnswer() {
    PyroRun pyro = pyro(HostileServer.always(ok("{\"total\":3,\"sandboxes\":\"three\"}")));
    PyroRun.Result r = pyro.run("sandbox", "list", "-o", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "{\"error\":{\"message\":\"unexpected answer from the server (sandboxes is a"
                + " string, not an array)\",\"http_status\":200,\"exit_code\":1,"
                + "\"resource\":\"sandbox\"}}\n");
  }

  @Test
  void aListItemThatIsNotAnObjectIsAnUnexpectedAnswer() {
    PyroRun pyro =
        pyro(
            HostileServer.always(ok("{\"total\":2,\"sandboxes\":[" + Fixtures.SANDBOX_1 + ",7]}")));
    PyroRun.Result r = pyro.run("sandbox", "list", "-o", "id");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: unexpected answer from the server (an item of sandboxes is a number, not an"
                + " object)\n");
  }

  @Test
  void anEmptyListIsStillAnEmptyResult() {
    PyroRun pyro = pyro(HostileServer.always(ok("{\"total\":0,\"sandboxes\":[]}")));
    PyroRun.Result r = pyro.run("sandbox", "list", "-o", "json");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("[]\n");
  }

  @Test
  @Timeout(20)
  void allStopsWhenTheServerRepeatsAFullPage() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      items.append(i == 0 ? "" : ",").append("{\"sandbox_id\":\"sbx_").append(i).append("\"}");
    }
    PyroRun pyro =
        pyro(HostileServer.always(ok("{\"total\":1000000000,\"sandboxes\":[" + items + "]}")));
    PyroRun.Result r = pyro.run("sandbox", "list", "--all", "-o", "id");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(100);
    assertThat(r.err())
        .isEqualTo(
            "error: unexpected answer from the server: page 2 repeats page 1; stopped after 100"
                + " items\n");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void allStopsWhenTheServerSendsMoreThanItsTotal() {
    PyroRun pyro =
        pyro(
            HostileServer.start(
                request -> {
                  String page = request.target().replaceAll(".*[?&]page=(\\d+).*", "$1");
                  StringBuilder items = new StringBuilder();
                  for (int i = 0; i < 100; i++) {
                    items.append(i == 0 ? "" : ",");
                    items.append("{\"sandbox_id\":\"sbx_").append(page).append('_').append(i);
                    items.append("\"}");
                  }
                  return ok("{\"sandboxes\":[" + items + "],\"total\":150}");
                }));
    PyroRun.Result r = pyro.run("sandbox", "list", "--all", "-o", "id");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(200);
    assertThat(r.err())
        .isEqualTo(
            "error: unexpected answer from the server: 200 items sent, more than the total of"
                + " 150; stopped\n");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void logsFollowGoesOnAfterAPollThatStalls() {
    java.util.concurrent.atomic.AtomicInteger polls =
        new java.util.concurrent.atomic.AtomicInteger();
    String done =
        "{\"job_id\":\"train_1\",\"status\":\"success\",\"logs\":[\"t1 - started\",\"t2 - done\"]}";
    PyroRun pyro =
        pyro(
            HostileServer.start(
                request ->
                    polls.incrementAndGet() == 1
                        ? ok(done).drip(1, Duration.ofMillis(200))
                        : ok(done)));
    PyroRun.Result[] r = new PyroRun.Result[1];
    long took =
        millisOf(
            () ->
                r[0] =
                    pyro.run(
                        "train",
                        "logs",
                        "train_1",
                        "-f",
                        "--request-timeout",
                        "1s",
                        "--interval",
                        "1s"));
    assertThat(r[0].code()).as(r[0].toString()).isZero();
    assertThat(r[0].out()).isEqualTo("t1 - started\nt2 - done\n");
    assertThat(r[0].err())
        .contains(
            "lost contact with the server (request to " + server.url() + " timed out after 1s)");
    assertThat(took).isLessThan(8000);
  }

  @Test
  void aHugeHeaderIsOneLineAndBounded() {
    PyroRun pyro =
        pyro(
            HostileServer.always(
                ok(Fixtures.SANDBOX_DETAIL).header("X-Junk", "j".repeat(8 << 20))));
    PyroRun.Result r = pyro.run("sandbox", "get", "sbx_1", "--retries", "0");
    assertThat(r.code()).as(r.toString()).isEqualTo(6);
    assertThat(r.err())
        .startsWith("error: connection to " + server.url() + " failed: ")
        .hasLineCount(1);
  }
}
