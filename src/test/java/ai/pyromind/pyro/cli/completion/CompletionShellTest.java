package ai.pyromind.pyro.cli.completion;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed completion scripts in a real bash, zsh and fish, TAB simulated by calling the
 * completion function as the shell does (fish: {@code complete -C}): server-supplied ids are data,
 * never shell code.
 */
class CompletionShellTest extends CommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aHostileServerRunsNothingWhenTheUserPressesTab(String shell) throws Exception {
    Path pwned = home.resolve("pwned");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(
                        4,
                        1,
                        100,
                        Fixtures.SANDBOX_1,
                        idOnly("$(touch " + pwned + "1)"),
                        idOnly("`touch " + pwned + "2`"),
                        idOnly("sbx_x;touch " + pwned + "3")))));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.writeString(bin.resolve("pyro"), PyroJvm.script(), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(
        bin.resolve("pyro"), PosixFilePermissions.fromString("rwx------"));

    List<String> offered = tab(shell, bin, "pyro", "sandbox", "get", "");

    assertThat(offered).containsExactly("sbx_123456789");
    assertThat(home.resolve("pwned1")).doesNotExist();
    assertThat(home.resolve("pwned2")).doesNotExist();
    assertThat(home.resolve("pwned3")).doesNotExist();
  }

  /** Whatever prints the ids (an older pyro, a wrapper), the script itself checks each one. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void theScriptOffersOnlyIdsAndEvaluatesNone(String shell) throws Exception {
    Path pwned = home.resolve("pwned");
    Path bin = Files.createDirectories(home.resolve("bin"));
    executable(
        bin.resolve("pyro"),
        "printf '%s\\n' sbx_123 'sbx_1*' '$(touch "
            + pwned
            + "1)' '`touch "
            + pwned
            + "2`' 'sbx_1;touch "
            + pwned
            + "3' sbx_200 'sbx_1 -rf'\n");

    assertThat(tab(shell, bin, "pyro", "sandbox", "get", "")).containsExactly("sbx_123", "sbx_200");
    assertThat(tab(shell, bin, "pyro", "sbx", "rm", "sbx_1")).containsExactly("sbx_123");
    assertThat(home.resolve("pwned1")).doesNotExist();
    assertThat(home.resolve("pwned2")).doesNotExist();
    assertThat(home.resolve("pwned3")).doesNotExist();
  }

  private static String idOnly(String id) {
    return "{\"sandbox_id\":\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }

  private static void executable(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
  }

  /** The candidates the shell's completion function puts in COMPREPLY for these words. */
  private List<String> tab(String shell, Path bin, String... words) throws Exception {
    Path script = Path.of("completions/pyro." + shell).toAbsolutePath();
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    int current = words.length - 1;
    String call =
        switch (shell) {
          case "bash" ->
              "_complete_pyro pyro \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\""
                  + " 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
          // zsh runs bash completion functions through bashcompinit's compgen -F, as TAB does
          case "zsh" -> "compgen -F _complete_pyro -- '" + words[current] + "' 2>/dev/null";
          default -> "complete -C '" + String.join(" ", words) + "'";
        };
    String program =
        "source '"
            + script
            + "'\n"
            + (shell.equals("fish")
                ? ""
                : "COMP_WORDS=(" + array + " )\nCOMP_CWORD=" + current + "\n")
            + call
            + "\n";
    List<String> command =
        switch (shell) {
          case "bash" -> List.of("bash", "-c", program);
          case "zsh" -> List.of("zsh", "-f", "-c", program);
          default -> List.of("fish", "--no-config", "-c", program);
        };
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("HOME", home.toString());
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    builder.environment().put("PYRO_API_URL", wm.baseUrl());
    builder.environment().put("PYRO_TOKEN", TOKEN);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(line -> !line.isEmpty()).toList();
  }
}
