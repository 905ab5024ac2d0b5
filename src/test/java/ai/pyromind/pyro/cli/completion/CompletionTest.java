package ai.pyromind.pyro.cli.completion;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionTest extends CommandTest {
  /**
   * The committed scripts are what the build generates from the command tree; after changing a
   * command, refresh them with {@code mvn verify -Dgolden.update=true}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void theCommittedScriptIsWhatTheCommandTreeGenerates(String shell) throws Exception {
    PyroRun.Result r = new PyroRun(home).run("completion", shell);
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    Path committed = Path.of("completions/pyro." + shell);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(committed, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out())
        .as("completions/pyro.%s is stale: run mvn verify -Dgolden.update=true", shell)
        .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
  }

  /** The model the scripts are generated from, read from the command tree as built. */
  private CompletionModel model() {
    java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
    return CompletionModel.of(
        ai.pyromind.pyro.cli.Pyro.commandLine(
            new ai.pyromind.pyro.cli.cmdutil.Context(new PyroRun(home).envForTests()), sink, sink));
  }

  private CompletionModel.Node node(String path) {
    return model().nodes().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void everyIdArgumentAsksForIdsOfItsKindAndNothingElseDoes() {
    assertThat(node(" sandbox get").args().get(0).idKind()).isEqualTo("sandbox");
    assertThat(node(" train delete").args().get(0))
        .isEqualTo(new CompletionModel.Arg(0, -1, "train", java.util.List.of(), false));
    assertThat(node(" instance open").args().get(0).idKind()).isEqualTo("instance");
    assertThat(node(" sandbox run").args())
        .extracting(CompletionModel.Arg::idKind)
        .containsExactly("sandbox", null, null);
    assertThat(node(" sandbox create").args()).allMatch(a -> a.idKind() == null);
    assertThat(node(" completion").args().get(0).values()).containsExactly("bash", "zsh", "fish");
    assertThat(node(" config use").args().get(0).idKind()).isEqualTo(CompletionModel.PROFILES);
    assertThat(node("").options())
        .filteredOn(o -> o.names().contains("--profile"))
        .singleElement()
        .satisfies(o -> assertThat(o.idKind()).isEqualTo(CompletionModel.PROFILES));
  }

  @Test
  void optionsKnowWhetherAValueFollowsAndWhatItMayBe() {
    CompletionModel.Node root = node("");
    assertThat(root.options())
        .filteredOn(o -> o.names().contains("--error-format"))
        .singleElement()
        .satisfies(o -> assertThat(o.values()).containsExactly("text", "json"));
    assertThat(root.options())
        .filteredOn(o -> o.names().contains("--debug"))
        .singleElement()
        .satisfies(o -> assertThat(o.takesValue()).isFalse());
    CompletionModel.Node list = node(" sandbox list");
    assertThat(list.options())
        .filteredOn(o -> o.names().contains("--status"))
        .singleElement()
        .satisfies(o -> assertThat(o.takesValue()).isTrue());
    assertThat(list.options())
        .as("global options live on the root only")
        .noneMatch(o -> o.names().contains("--profile") || o.names().contains("--help"));
    assertThat(node(" sandbox create").options())
        .filteredOn(o -> o.names().contains("--file"))
        .singleElement()
        .satisfies(o -> assertThat(o.files()).isTrue());
  }

  @Test
  void hiddenCommandsAreNotOffered() {
    assertThat(model().nodes()).noneMatch(n -> n.path().contains("__complete"));
    for (String shell : java.util.List.of("bash", "zsh", "fish")) {
      assertThat(new PyroRun(home).run("completion", shell).out()).doesNotContain("' __complete");
    }
  }

  @Test
  void aWordThatCouldBeShellSyntaxIsNeverPutIntoAScript() {
    picocli.CommandLine root =
        new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create().name("pyro"));
    root.addSubcommand(
        "x$(id)",
        new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create().name("x$(id)")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompletionScripts.bash(root))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x$(id)");
  }

  @Test
  void theScriptsAreSmallAndCheckIdsWithTheSamePatternAsPyro() {
    for (String shell : java.util.List.of("bash", "zsh", "fish")) {
      String script = new PyroRun(home).run("completion", shell).out();
      assertThat(script.lines().count()).as(shell).isLessThan(700);
      assertThat(script).as(shell).contains("'" + CompletionScripts.ID_PATTERN + "'");
    }
  }

  @Test
  void idsComeFromTheListEndpoint() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(
                okJson(Fixtures.sandboxPage(2, 1, 100, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2))));
    PyroRun.Result r = pyro().run("__complete", "sandbox");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo("sbx_123456789\tGPU-Sandbox-001\nsbx_987654321\tMy-GPU-Sandbox-2024\n");
    assertThat(r.err()).isEmpty();
    Map<String, String> env =
        Map.of("PYRO_CONFIG", home.resolve("config.yaml").toString(), "PYRO_TOKEN", TOKEN);
    Path file =
        new IdCache(home.resolve(".cache/pyro"))
            .file(IdKind.SANDBOX, CacheKey.of(env, null, wm.baseUrl()));
    assertThat(new IdCache(file.getParent()).read(file))
        .as("__complete refreshes the cache the scripts read")
        .containsOnlyKeys("sbx_123456789", "sbx_987654321");
  }

  @Test
  void idsThatCouldBeShellSyntaxAreNeverPrinted() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(
                        6,
                        1,
                        100,
                        "{\"sandbox_id\":\"$(touch pwned)\"}",
                        "{\"sandbox_id\":\"`id`\"}",
                        "{\"sandbox_id\":\"-rf\"}",
                        "{\"sandbox_id\":\"a b\\tc\"}",
                        "{\"sandbox_id\":\"sbx_1.a:b-c\",\"name\":\"$(id)\"}",
                        "{\"sandbox_id\":\"sbx_2\",\"name\":\"ok.name\"}"))));
    PyroRun.Result r = pyro().run("__complete", "sandbox");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("sbx_1.a:b-c\nsbx_2\tok.name\n");
  }

  @Test
  void completionIsSilentOnAnyError() {
    PyroRun.Result refused =
        pyro().env("PYRO_API_URL", "http://127.0.0.1:1").run("__complete", "sandbox");
    assertThat(refused.code()).isZero();
    assertThat(refused.out() + refused.err()).isEmpty();
    PyroRun.Result unknown = pyro().run("__complete", "nonsense");
    assertThat(unknown.out() + unknown.err()).isEmpty();
    assertThat(new PyroRun(home).run("__complete", "sandbox").assertSucceeded().out()).isEmpty();
  }

  /** A server that never answers must not hang TAB: 2 seconds, no retry, nothing printed. */
  @Test
  void aServerThatDoesNotAnswerGivesUpWithinTwoSecondsSilently() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(0, 1, 100)).withFixedDelay(20_000)));
    long start = System.nanoTime();
    PyroRun.Result r = pyro().run("__complete", "sandbox");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.code()).isZero();
    assertThat(r.out() + r.err()).isEmpty();
    assertThat(millis).isBetween(1_500L, 5_000L);
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sandboxes")));
  }

  @Test
  void anUnknownShellIsAUsageError() {
    PyroRun.Result r = new PyroRun(home).run("completion", "powershell");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: invalid shell 'powershell' (allowed: bash, zsh, fish)\n");
  }
}
