package ai.pyromind.pyro.cli.completion;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  void commandsTakingAnIdCompleteExistingIds() {
    PyroRun.Result bash = new PyroRun(home).run("completion", "bash");
    bash.assertSucceeded();
    String getFunction =
        bash.out().substring(bash.out().indexOf("function _picocli_pyro_sandbox_get()"));
    getFunction = getFunction.substring(0, getFunction.indexOf("\n}\n"));
    assertThat(getFunction).contains("_pyro_complete_ids sandbox \"${curr_word}\"");
    assertThat(getFunction).doesNotContain("${positionals}");
    assertThat(bash.out()).contains("function _picocli_pyro_sbx_rm()");
    PyroRun.Result fish = new PyroRun(home).run("completion", "fish");
    fish.assertSucceeded();
    assertThat(fish.out())
        .contains(
            "__fish_seen_subcommand_from get' -a '(pyro __complete train 2>/dev/null"
                + " | string match -r -- \\'^[A-Za-z0-9][A-Za-z0-9_.:-]*$\\')'");
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
    assertThat(r.out()).isEqualTo("sbx_123456789\nsbx_987654321\n");
  }

  @Test
  void idsThatCouldBeShellSyntaxAreNeverPrinted() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(
                        5,
                        1,
                        100,
                        "{\"sandbox_id\":\"$(touch pwned)\"}",
                        "{\"sandbox_id\":\"`id`\"}",
                        "{\"sandbox_id\":\"-rf\"}",
                        "{\"sandbox_id\":\"a b\\tc\"}",
                        "{\"sandbox_id\":\"sbx_1.a:b-c\"}"))));
    PyroRun.Result r = pyro().run("__complete", "sandbox");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("sbx_1.a:b-c\n");
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

  @Test
  void anUnknownShellIsAUsageError() {
    PyroRun.Result r = new PyroRun(home).run("completion", "powershell");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: invalid shell 'powershell' (allowed: bash, zsh, fish)\n");
  }
}
