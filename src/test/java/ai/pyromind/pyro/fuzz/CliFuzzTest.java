package ai.pyromind.pyro.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroRun;
import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Arbitrary command lines, and arbitrary JSON answers rendered in every output format, against a
 * stub server. pyro may refuse anything, but only with a documented exit code and an error line it
 * wrote on purpose: an unexpected exception is a bug.
 */
class CliFuzzTest {
  /** Words that start processes, prompt, or run until a job ends: not for a fuzzer. */
  private static final Set<String> LONG_OR_LIVE =
      Set.of(
          "emulator", "vnc", "open", "watch", "logs", "wait", "--wait", "-f", "--follow", "login");

  private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
  private static final List<String> WORDS =
      List.of(
          "sandbox",
          "instance",
          "inference",
          "train",
          "api",
          "config",
          "auth",
          "list",
          "get",
          "create",
          "delete",
          "submit",
          "pause",
          "resume",
          "edit",
          "token",
          "batch",
          "action",
          "-o",
          "json",
          "yaml",
          "wide",
          "id",
          "table",
          "--jq",
          ".",
          "--all",
          "--limit",
          "--page",
          "--cpu",
          "--memory",
          "--gpu",
          "--type",
          "-f",
          "-",
          "--dry-run",
          "--hp",
          "--param",
          "x=1",
          "--expires",
          "+7d",
          "--status",
          "running",
          "--yes",
          "--force",
          "sbx_1",
          "--debug");
  private static WireMockServer server;
  private static Path home;
  private static String body = "{}";

  @BeforeAll
  static void start() throws Exception {
    server =
        new WireMockServer(
            WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    home = Files.createTempDirectory("pyro-fuzz");
  }

  /** The stub server is the one destination these tests talk to; anything else is a finding. */
  private static void onlyTheStubServer() {
    BugDetectors.allowNetworkConnections(
        (host, port) ->
            (host.equals("localhost") || host.equals("127.0.0.1")) && port == server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @FuzzTest(maxDuration = "30s")
  void arbitraryCommandLines(FuzzedDataProvider data) {
    onlyTheStubServer();
    int status = data.pickValue(new int[] {200, 201, 400, 401, 404, 409, 500, 502});
    String answer = data.consumeString(400);
    List<String> args = new ArrayList<>();
    while (data.remainingBytes() > 0 && args.size() < 12) {
      args.add(data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(20));
    }
    if (args.stream().anyMatch(LONG_OR_LIVE::contains)) {
      return;
    }
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(answer)));
    PyroRun.Result r =
        new PyroRun(home)
            .env("PYRO_API_URL", server.baseUrl())
            .env("PYRO_TOKEN", "fuzz-token")
            .env("PATH", "/nonexistent")
            .stdoutTerminal(data.consumeBoolean())
            .run(args.toArray(String[]::new));
    check(r);
  }

  @FuzzTest(maxDuration = "30s")
  void arbitraryAnswersInEveryFormat(FuzzedDataProvider data) {
    onlyTheStubServer();
    String json = data.consumeRemainingAsString();
    String[][] commands = {
      {"sandbox", "get", "sbx_1"},
      {"sandbox", "list"},
      {"instance", "get", "jp_1"},
      {"inference", "list", "--all"},
      {"train", "get", "train_1", "--metrics", "--logs"},
      {"train", "list"},
      {"sandbox", "vnc", "sbx_1", "--print"}
    };
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"code\":200,\"message\":\"ok\",\"data\":" + json + "}")));
    for (String[] command : commands) {
      for (String format : new String[] {"table", "wide", "json", "yaml", "id"}) {
        for (boolean terminal : new boolean[] {true, false}) {
          List<String> args = new ArrayList<>(List.of(command));
          args.addAll(List.of("-o", format));
          PyroRun.Result r =
              new PyroRun(home)
                  .env("PYRO_API_URL", server.baseUrl())
                  .env("PYRO_TOKEN", "fuzz-token")
                  .stdoutTerminal(terminal)
                  .run(args.toArray(String[]::new));
          check(r);
          if (terminal) {
            assertThat(r.out())
                .as("no raw escape reaches the terminal")
                .doesNotContain("\u001b]")
                .doesNotContain("\u009b");
          }
        }
      }
    }
  }

  private static void check(PyroRun.Result r) {
    assertThat(EXIT_CODES).as(r.toString()).contains(r.code());
    assertThat(r.err())
        .as(r.toString())
        .doesNotContain("run with --debug for details")
        .doesNotContain("\tat ");
  }
}
