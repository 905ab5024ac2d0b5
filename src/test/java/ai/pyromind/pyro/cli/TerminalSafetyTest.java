package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.Hostile;
import ai.pyromind.pyro.testing.PyroRun;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that shows server text, in every output format, against a server whose every string
 * carries terminal controls: on a terminal nothing of it may reach the screen raw, on stdout or
 * stderr, coloured or not. Piped, -o json keeps the text exactly.
 */
class TerminalSafetyTest extends CommandTest {
  private static final List<List<String>> FORMATS =
      List.of(
          List.of(),
          List.of("-o", "wide"),
          List.of("-o", "json"),
          List.of("-o", "yaml"),
          List.of("-o", "id"),
          List.of("--jq", ".."),
          List.of("--color", "never"));

  /** A command line and the one answer its request gets. */
  record Call(String path, int status, String data, String... args) {
    String body() {
      return Hostile.poison(envelope(status, "ok", data));
    }
  }

  static Stream<Arguments> calls() {
    List<Call> calls =
        List.of(
            new Call(
                "/api/v1/sandboxes",
                200,
                "{\"total\":2,\"page\":1,\"page_size\":20,\"sandboxes\":["
                    + Fixtures.SANDBOX_1
                    + ","
                    + Fixtures.SANDBOX_2
                    + "]}",
                "sandbox",
                "list"),
            new Call(
                "/api/v1/sandboxes/sbx_987654321",
                200,
                Fixtures.SANDBOX_DETAIL,
                "sandbox",
                "get",
                "sbx_987654321"),
            new Call("/api/v1/instances", 200, Fixtures.INSTANCE_LIST, "instance", "list"),
            new Call(
                "/api/v1/instances/jp_100003",
                200,
                Fixtures.INSTANCE_DETAIL,
                "instance",
                "get",
                "jp_100003"),
            new Call(
                "/api/v1/instances/jp_100003/access-token",
                200,
                "{\"instance_id\":\"jp_100003\",\"access_token\":\"t\",\"access_url\":\"https://i/x\"}",
                "instance",
                "token",
                "jp_100003"),
            new Call(
                "/api/v1/instances",
                201,
                "{\"instance_id\":\"jp_1\",\"status\":\"pending\",\"password\":\"pw\"}",
                "instance",
                "create",
                "lab",
                "--resource-type",
                "cpu",
                "--cpu",
                "1",
                "--memory",
                "1"),
            new Call("/api/v1/inference", 200, Fixtures.INFERENCE_LIST, "inference", "list"),
            new Call(
                "/api/v1/inference/inf_200003",
                200,
                Fixtures.INFERENCE_DETAIL,
                "inference",
                "get",
                "inf_200003",
                "--logs"),
            new Call("/api/v1/training/jobs", 200, Fixtures.TRAIN_LIST, "train", "list"),
            new Call(
                "/api/v1/training/jobs/train_300001",
                200,
                Fixtures.TRAIN_DETAIL,
                "train",
                "get",
                "train_300001",
                "--metrics",
                "--logs"),
            new Call(
                "/api/v1/training/jobs/train_300001",
                200,
                Fixtures.TRAIN_DETAIL,
                "train",
                "logs",
                "train_300001"),
            new Call(
                "/api/v1/sandboxes/sbx_1",
                404,
                "{\"detail\":\"no such sandbox\"}",
                "sandbox",
                "get",
                "sbx_1"),
            new Call("/api/v1/sandboxes", 200, "{\"sandboxes\":[]}", "api", "/sandboxes"),
            new Call(
                "/api/v1/sandboxes/sbx_1",
                200,
                "{\"sandbox_id\":\"sbx_1\",\"status\":\"pending\"}",
                "sandbox",
                "wait",
                "sbx_1",
                "--timeout",
                "30s",
                "--interval",
                "2s"));
    List<Arguments> all = new ArrayList<>();
    for (Call call : calls) {
      for (List<String> format : FORMATS) {
        all.add(Arguments.of(call, format));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("calls")
  void nothingTheServerSendsReachesTheTerminalRaw(Call call, List<String> format) {
    wm.stubFor(
        any(urlPathEqualTo(call.path()))
            .willReturn(
                aResponse()
                    .withStatus(call.status())
                    .withHeader("Content-Type", "application/json")
                    .withBody(call.body())));
    List<String> args = new ArrayList<>(List.of(call.args()));
    args.addAll(format);
    PyroRun.Result r = pyro().terminal().run(args.toArray(String[]::new));
    assertThat(r.out() + r.err()).as(r.toString()).isNotBlank();
    Hostile.assertInert(r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("piped")
  void pipedJsonKeepsTheServersTextExactly(Call call) throws Exception {
    wm.stubFor(
        any(urlPathEqualTo(call.path()))
            .willReturn(aResponse().withStatus(call.status()).withBody(call.body())));
    List<String> args = new ArrayList<>(List.of(call.args()));
    args.addAll(List.of("-o", "json"));
    PyroRun.Result r = pyro().run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("\u001b", "\u0007", "\u009b");
    String escaped = Json.compact(Json.NODES.textNode(Hostile.TEXT));
    assertThat(r.out())
        .as(r.toString())
        .contains(escaped.substring(1, escaped.length() - 1))
        .contains("\u009b31m\u007f\u0085\u202eevil");
  }

  static Stream<Call> piped() {
    return calls()
        .map(a -> (Call) a.get()[0])
        .filter(c -> c.status() < 300 && !List.of(c.args()).contains("wait"))
        .distinct();
  }
}
