package ai.pyromind.pyro.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheKeyTest {
  private static final String TOKEN_A = "pm_account_a_0123456789";
  private static final String TOKEN_B = "pm_account_b_9876543210";

  private static Path file(Map<String, String> env, String profile, String url) {
    return new IdCache(Path.of("/c/pyro")).file(IdKind.SANDBOX, CacheKey.of(env, profile, url));
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/u"));
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  /** Same profile and URL, other credentials: another file, and the token is in none. */
  @Test
  void anotherTokenOrConfigIsAnotherFileAndNoFileNameHoldsTheToken() {
    Path a = file(env("PYRO_TOKEN", TOKEN_A), "local", "http://127.0.0.1:8080");
    Path b = file(env("PYRO_TOKEN", TOKEN_B), "local", "http://127.0.0.1:8080");
    Path none = file(env(), "local", "http://127.0.0.1:8080");
    Path otherConfig =
        file(env("PYRO_CONFIG", "/home/u/work.yaml"), "local", "http://127.0.0.1:8080");
    Path otherXdg = file(env("XDG_CONFIG_HOME", "/x"), "local", "http://127.0.0.1:8080");

    assertThat(java.util.Set.of(a, b, none, otherConfig, otherXdg)).hasSize(5);
    assertThat(file(env("PYRO_TOKEN", TOKEN_A), "local", "http://127.0.0.1:8080"))
        .as("the same credentials find their file again")
        .isEqualTo(a);
    assertThat(file(env("PYRO_CONFIG", "/home/u/.config/pyro/config.yaml"), "local", null))
        .as("PYRO_CONFIG naming the default config is the default config")
        .isEqualTo(file(env(), "local", null));
    for (Path path : java.util.List.of(a, b)) {
      assertThat(path.toString())
          .doesNotContain(TOKEN_A)
          .doesNotContain(TOKEN_B)
          .doesNotContain("account");
    }
    assertThat(a.getFileName().toString())
        .matches("sandbox,local,http___127\\.0\\.0\\.1_8080,[0-9a-f]{8}");
  }

  /** Profile names that escape alike ("a b", "a_b") were one file; the hash keeps them apart. */
  @Test
  void profilesOrUrlsThatEscapeAlikeAreDifferentFiles() {
    assertThat(file(env(), "a b", null)).isNotEqualTo(file(env(), "a_b", null));
    assertThat(file(env(), null, "http://h/a")).isNotEqualTo(file(env(), null, "http://h_a"));
  }

  /**
   * The scripts compute the same hash (CompletionShellTest checks them against pyro): FNV-1a's
   * published 32-bit vectors, over code points, as 8 lowercase hex digits.
   */
  @Test
  void theHashIsFnv1aOverCodePoints() {
    assertThat(CacheKey.fnv("")).isEqualTo("811c9dc5");
    assertThat(CacheKey.fnv("a")).isEqualTo("e40c292c");
    assertThat(CacheKey.fnv("foobar")).isEqualTo("bf9cf968");
    assertThat(CacheKey.fnv("é")).isEqualTo(CacheKey.fnv("\u00e9")).hasSize(8);
    assertThat(CacheKey.configAsScriptsSpellIt(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h")))
        .isEqualTo("/x/pyro/config.yaml");
    assertThat(CacheKey.configAsScriptsSpellIt(Map.of("PYRO_CONFIG", "", "HOME", "/h")))
        .isEqualTo("/h/.config/pyro/config.yaml");
  }
}
