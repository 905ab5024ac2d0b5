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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed completion scripts in a real bash, zsh and fish, TAB simulated by calling the
 * completion function as the shell does (bash: COMP_LINE; zsh: words and CURRENT, compadd recorded;
 * fish: {@code complete -C}). Static words and fresh cached ids need no pyro process;
 * server-supplied ids are data, never shell code.
 */
class CompletionShellTest extends CommandTest {
  private Path bin;
  private Path cache;
  private final Map<String, String> env = new java.util.HashMap<>();

  @BeforeEach
  void fakePath() throws IOException {
    bin = Files.createDirectories(home.resolve("bin"));
    cache = home.resolve("cache");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void staticWordsCompleteWithoutStartingPyro(String shell) throws Exception {
    fakePyro("touch '" + home.resolve("started") + "'\n");

    assertThat(tab(shell, "pyro", "sandbox", "li")).containsExactly("list");
    assertThat(tab(shell, "pyro", "train", "w")).containsExactly("wait", "watch");
    assertThat(tab(shell, "pyro", "sbx", "list", "--st")).containsExactly("--status");
    assertThat(tab(shell, "pyro", "-p", "x", "sandbox", "get", "--de")).containsExactly("--debug");
    assertThat(tab(shell, "pyro", "--error-format", "")).containsExactlyInAnyOrder("text", "json");
    assertThat(tab(shell, "pyro", "sandbox", "list", "-o", "j")).containsExactly("json");
    assertThat(tab(shell, "pyro", "--color", "a")).containsExactlyInAnyOrder("auto", "always");
    assertThat(tab(shell, "pyro", "completion", ""))
        .containsExactlyInAnyOrder("bash", "zsh", "fish");
    assertThat(tab(shell, "pyro", "__comp")).isEmpty();
    assertThat(home.resolve("started")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void freshCachedIdsAndNamesCompleteWithoutStartingPyro(String shell) throws Exception {
    fakePyro("touch '" + home.resolve("started") + "'\n");
    writeCache(IdKind.SANDBOX, null, null, Instant.now(), Map.of("sbx_1", "web-1", "sbx_2", ""));
    writeCache(IdKind.TRAIN, null, null, Instant.now(), Map.of("train_7", "ppo"));

    assertThat(tab(shell, "pyro", "sandbox", "get", ""))
        .containsExactlyInAnyOrder("sbx_1", "web-1", "sbx_2");
    assertThat(tab(shell, "pyro", "sbx", "rm", "sbx_1", "w")).containsExactly("web-1");
    assertThat(tab(shell, "pyro", "train", "logs", "")).containsExactlyInAnyOrder("train_7", "ppo");
    assertThat(home.resolve("started")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aStaleOrBrokenCacheAsksPyro(String shell) throws Exception {
    fakePyro("printf 'sbx_9\\tfrom-pyro\\n'\n");
    writeCache(IdKind.SANDBOX, null, null, Instant.now().minusSeconds(61), Map.of("sbx_1", "old"));
    assertThat(tab(shell, "pyro", "sandbox", "get", ""))
        .containsExactlyInAnyOrder("sbx_9", "from-pyro");

    Files.writeString(cacheFile(IdKind.SANDBOX, null, null), "sbx_1\told\n");
    assertThat(tab(shell, "pyro", "sandbox", "get", ""))
        .containsExactlyInAnyOrder("sbx_9", "from-pyro");
  }

  /** A quoted value with spaces (a --jq filter) is one word, as the shell will pass it. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aQuotedValueWithSpacesIsOneWord(String shell) throws Exception {
    fakePyro("exit 1\n");
    writeCache(IdKind.SANDBOX, null, null, Instant.now(), Map.of("sbx_1", ""));

    assertThat(tab(shell, "pyro", "--jq", "\".data | .x\"", "sandbox", "get", ""))
        .containsExactly("sbx_1");
    assertThat(tab(shell, "pyro", "--jq", "\"\"", "sandbox", "get", "")).containsExactly("sbx_1");
    if (!shell.equals("zsh")) { // zsh strips the quote into PREFIX itself; the harness cannot
      assertThat(tab(shell, "pyro", "sandbox", "get", "\"sb")).containsExactly("sbx_1");
    }
  }

  /** A cache folder planted as a link (e.g. in a shared XDG_CACHE_HOME) is not read. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aCacheFolderThatIsALinkIsNotTrusted(String shell) throws Exception {
    fakePyro("printf 'sbx_9\\n'\n");
    Path planted = home.resolve("planted");
    new IdCache(planted)
        .write(
            planted.resolve(cacheFile(IdKind.SANDBOX, null, null).getFileName()),
            Map.of("sbx_1", ""),
            Instant.now());
    Files.createDirectories(cache);
    Files.createSymbolicLink(cache.resolve("pyro"), planted);

    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly("sbx_9");
  }

  /** XDG: a relative XDG_CACHE_HOME is ignored, as pyro ignores it when writing the cache. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aRelativeXdgCacheHomeReadsTheCacheUnderHome(String shell) throws Exception {
    fakePyro("printf 'sbx_9\\n'\n");
    Path atHome = home.resolve(".cache/pyro");
    new IdCache(atHome)
        .write(
            atHome.resolve(cacheFile(IdKind.SANDBOX, null, null).getFileName()),
            Map.of("sbx_1", ""),
            Instant.now());
    Path relative = home.resolve("rel/pyro");
    new IdCache(relative)
        .write(
            relative.resolve(cacheFile(IdKind.SANDBOX, null, null).getFileName()),
            Map.of("sbx_2", ""),
            Instant.now());
    env.put("XDG_CACHE_HOME", "rel");

    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly("sbx_1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aConfigChangedSinceTheCacheWasWrittenAsksPyro(String shell) throws Exception {
    fakePyro("printf 'sbx_9\\n'\n");
    writeCache(IdKind.SANDBOX, null, null, Instant.now(), Map.of("sbx_1", ""));
    Path config = home.resolve("config.yaml");
    Files.writeString(config, "current_profile: other\n");
    Files.setLastModifiedTime(
        config, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly("sbx_9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void theLinesProfileAndApiUrlChooseTheCacheAndArePassedToPyro(String shell) throws Exception {
    Path calls = home.resolve("calls");
    fakePyro("echo \"$@\" >> '" + calls + "'\nprintf 'sbx_9\\n'\n");
    writeCache(IdKind.SANDBOX, null, null, Instant.now(), Map.of("sbx_default", ""));
    writeCache(IdKind.SANDBOX, "local", null, Instant.now(), Map.of("sbx_local", ""));
    writeCache(IdKind.SANDBOX, null, "http://127.0.0.1:9", Instant.now(), Map.of("sbx_url", ""));

    assertThat(tab(shell, "pyro", "-p", "local", "sandbox", "get", ""))
        .containsExactly("sbx_local");
    assertThat(tab(shell, "pyro", "sandbox", "--profile=local", "get", ""))
        .containsExactly("sbx_local");
    assertThat(tab(shell, "pyro", "-p", "\"local\"", "sandbox", "get", ""))
        .containsExactly("sbx_local");
    assertThat(tab(shell, "pyro", "-qp", "local", "sandbox", "get", ""))
        .as("short options run together")
        .containsExactly("sbx_local");
    assertThat(tab(shell, "pyro", "-qplocal", "sandbox", "get", "")).containsExactly("sbx_local");
    assertThat(tab(shell, "pyro", "-plocal", "sandbox", "get", "")).containsExactly("sbx_local");
    assertThat(tab(shell, "pyro", "-qo", "json", "sandbox", "get", ""))
        .containsExactly("sbx_default");
    assertThat(tab(shell, "pyro", "--api-url", "http://127.0.0.1:9", "sandbox", "get", ""))
        .containsExactly("sbx_url");
    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly("sbx_default");
    assertThat(calls).doesNotExist();

    assertThat(tab(shell, "pyro", "-p", "ci", "--api-url", "http://127.0.0.1:8", "sbx", "get", ""))
        .containsExactly("sbx_9");
    assertThat(Files.readAllLines(calls))
        .containsExactly("--profile ci --api-url http://127.0.0.1:8 __complete sandbox");
  }

  /** A server behind a private CA answers only with the line's --ca-file; TAB passes it on. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void theLinesCaFileIsPassedToPyro(String shell) throws Exception {
    Path calls = home.resolve("calls");
    fakePyro("echo \"$@\" >> '" + calls + "'\nprintf 'sbx_9\\n'\n");

    assertThat(tab(shell, "pyro", "--ca-file", "corp.pem", "sbx", "get", ""))
        .containsExactly("sbx_9");
    assertThat(tab(shell, "pyro", "sbx", "get", "--ca-file=/etc/ca.pem", ""))
        .containsExactly("sbx_9");
    assertThat(Files.readAllLines(calls))
        .containsExactly(
            "--ca-file corp.pem __complete sandbox", "--ca-file /etc/ca.pem __complete sandbox");
  }

  /** The fallback is the real pyro: it prints only ids, and what it fetched serves the next TAB. */
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
                        item("$(touch " + pwned + "1)", "`touch " + pwned + "4`"),
                        item("`touch " + pwned + "2`", "ok-name"),
                        item("sbx_x;touch " + pwned + "3", "x")))));
    env.put("PYRO_API_URL", wm.baseUrl());
    env.put("PYRO_TOKEN", TOKEN);
    Files.writeString(bin.resolve("pyro"), PyroJvm.script(), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(
        bin.resolve("pyro"), PosixFilePermissions.fromString("rwx------"));

    assertThat(tab(shell, "pyro", "sandbox", "get", ""))
        .containsExactlyInAnyOrder("sbx_123456789", "GPU-Sandbox-001");

    fakePyro("exit 1\n");
    assertThat(tab(shell, "pyro", "sandbox", "get", "GPU"))
        .as("the fallback refreshed the cache, which serves the next TAB")
        .containsExactly("GPU-Sandbox-001");
    for (int i = 1; i <= 4; i++) {
      assertThat(home.resolve("pwned" + i)).doesNotExist();
    }
  }

  /** The real pyro and the script agree on the cache file of the profile the line names. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void theProfileOnTheLineIsTheOnePyroAsksAndCaches(String shell) throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 100, Fixtures.SANDBOX_2))));
    Path config = home.resolve("config.yaml");
    Files.writeString(
        config,
        "current_profile: other\nprofiles:\n  other:\n    api_url: http://127.0.0.1:1\n"
            + "  local:\n    api_url: "
            + wm.baseUrl()
            + "\n    token: "
            + TOKEN
            + "\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    Files.setLastModifiedTime(
        config, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(30)));
    Files.writeString(bin.resolve("pyro"), PyroJvm.script(), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(
        bin.resolve("pyro"), PosixFilePermissions.fromString("rwx------"));

    assertThat(tab(shell, "pyro", "-p", "local", "sandbox", "get", ""))
        .containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");
    assertThat(cacheFile(IdKind.SANDBOX, "local", null)).exists();

    fakePyro("exit 1\n");
    assertThat(tab(shell, "pyro", "-p", "local", "sandbox", "get", "My"))
        .containsExactly("My-GPU-Sandbox-2024");
    assertThat(tab(shell, "pyro", "sandbox", "get", "")).isEmpty();
  }

  /**
   * Switching account on the same profile and server, by PYRO_TOKEN alone or by PYRO_CONFIG naming
   * another config, must not offer the ids the other account's run cached a moment ago.
   */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void anotherAccountsFreshCacheIsNeverOffered(String shell) throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 100, Fixtures.SANDBOX_2))));
    String someoneElse = "pm_someone_else_0000000000";
    Path work = config("work.yaml", TOKEN);
    Path mine = config("mine.yaml", someoneElse);
    String[] line = {"pyro", "-p", "local", "sandbox", "get", ""};
    env.put("PYRO_CONFIG", work.toString());

    env.put("PYRO_TOKEN", TOKEN);
    realPyro();
    assertThat(tab(shell, line)).containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");
    fakePyro("printf 'sbx_mine\\n'\n");
    assertThat(tab(shell, line))
        .as("the same account's ids come from the cache")
        .containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");
    env.put("PYRO_TOKEN", someoneElse);
    assertThat(tab(shell, line)).as("PYRO_TOKEN switched").containsExactly("sbx_mine");

    env.remove("PYRO_TOKEN");
    realPyro();
    assertThat(tab(shell, line)).containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");
    fakePyro("printf 'sbx_mine\\n'\n");
    env.put("PYRO_CONFIG", mine.toString());
    assertThat(tab(shell, line)).as("PYRO_CONFIG switched").containsExactly("sbx_mine");
  }

  /**
   * A config replaced at the same path by an older one (a backup moved back, a link switched) is
   * another account's as surely as a newer one: the cache was made for the config it replaced.
   */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void aConfigReplacedByAnOlderOneAsksPyro(String shell) throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 100, Fixtures.SANDBOX_2))));
    String[] line = {"pyro", "-p", "local", "sandbox", "get", ""};
    Path config = config("config.yaml", TOKEN);
    Path backup = config("backup.yaml", "pm_someone_else_0000000000");
    Files.setLastModifiedTime(
        backup, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
    realPyro();
    assertThat(tab(shell, line)).containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");
    fakePyro("printf 'sbx_mine\\n'\n");
    assertThat(tab(shell, line)).containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");

    Files.move(backup, config, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(tab(shell, line)).as("an older config moved back").containsExactly("sbx_mine");

    Path work = config("work.yaml", TOKEN);
    Path older = config("older.yaml", "pm_someone_else_0000000000");
    Files.setLastModifiedTime(
        older, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
    Files.delete(config);
    Files.createSymbolicLink(config, work);
    realPyro();
    assertThat(tab(shell, line)).containsExactlyInAnyOrder("sbx_987654321", "My-GPU-Sandbox-2024");
    fakePyro("printf 'sbx_mine\\n'\n");
    Files.delete(config);
    Files.createSymbolicLink(config, older);
    assertThat(tab(shell, line))
        .as("the link switched to an older config")
        .containsExactly("sbx_mine");
  }

  /** A config file with profile {@code local} on WireMock and this token, 30 s old. */
  private Path config(String name, String token) throws IOException {
    Path config = home.resolve(name);
    Files.writeString(
        config,
        "profiles:\n  local:\n    api_url: " + wm.baseUrl() + "\n    token: " + token + "\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    Files.setLastModifiedTime(
        config, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(30)));
    return config;
  }

  /**
   * {@code -p}, {@code --profile} and {@code config use} offer the config's profiles, read as text:
   * nothing in the config runs, names that are not id-like are left out, pyro is not started.
   */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void profilesCompleteFromTheConfigWithoutRunningIt(String shell) throws Exception {
    fakePyro("touch '" + home.resolve("started") + "'\n");
    Path pwned = home.resolve("pwned");
    Files.writeString(
        home.resolve("config.yaml"),
        """
        current_profile: local
        profiles:
          local:
            api_url: http://127.0.0.1:1
            token: pm_secret_0000
          "ci.prod":
            output: json
          # a comment
          $(touch %1$s1):
            x: y

          'two words':
            x: y
          `touch %1$s2`: {}
          work: {api_url: "http://127.0.0.1:2"}
        other:
          not-a-profile:
            x: 1
        """
            .formatted(pwned));

    assertThat(tab(shell, "pyro", "-p", "")).containsExactlyInAnyOrder("local", "ci.prod", "work");
    assertThat(tab(shell, "pyro", "--profile", "c")).containsExactly("ci.prod");
    assertThat(tab(shell, "pyro", "sandbox", "list", "-p", "w")).containsExactly("work");
    assertThat(tab(shell, "pyro", "-qp", "l")).containsExactly("local");
    assertThat(tab(shell, "pyro", "config", "use", ""))
        .containsExactlyInAnyOrder("local", "ci.prod", "work");
    Files.delete(home.resolve("config.yaml"));
    assertThat(tab(shell, "pyro", "-p", "")).isEmpty();
    assertThat(home.resolve("started")).doesNotExist();
    assertThat(home.resolve("pwned1")).doesNotExist();
    assertThat(home.resolve("pwned2")).doesNotExist();
  }

  /** A server's megabyte-long "id" would make every TAB slow: ids have at most 128 characters. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void anIdLongerThan128CharactersIsNotOffered(String shell) throws Exception {
    String longest = "s" + "x".repeat(127);
    Files.writeString(home.resolve("ids"), longest + "\n" + longest + "y\n");
    fakePyro("cat '" + home.resolve("ids") + "'\n");

    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly(longest);
  }

  /** Whatever prints the ids (an older pyro, a wrapper, a tampered cache), each one is checked. */
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void theScriptOffersOnlyIdsAndEvaluatesNone(String shell) throws Exception {
    Path pwned = home.resolve("pwned");
    String hostile =
        "sbx_123\nsbx_1*\n$(touch "
            + pwned
            + "1)\n`touch "
            + pwned
            + "2`\nsbx_1;touch "
            + pwned
            + "3\nsbx_200\tna$(touch "
            + pwned
            + "4)me\nsbx_1 -rf\n";
    Files.writeString(home.resolve("ids"), hostile);
    fakePyro("cat '" + home.resolve("ids") + "'\n");

    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly("sbx_123", "sbx_200");
    assertThat(tab(shell, "pyro", "sbx", "rm", "sbx_1")).containsExactly("sbx_123");

    Files.createDirectories(cache.resolve("pyro"));
    Files.writeString(
        cacheFile(IdKind.SANDBOX, null, null),
        IdCache.HEADER + Instant.now().getEpochSecond() + "\n" + hostile);
    fakePyro("exit 1\n");
    assertThat(tab(shell, "pyro", "sandbox", "get", "")).containsExactly("sbx_123", "sbx_200");
    for (int i = 1; i <= 4; i++) {
      assertThat(home.resolve("pwned" + i)).doesNotExist();
    }
  }

  /** zsh shows what each subcommand and option does beside it, as gh and kubectl do. */
  @org.junit.jupiter.api.Test
  void zshShowsADescriptionBesideEachSubcommandAndOption() throws Exception {
    assertThat(tab("zsh", "pyro", "sandbox", "")).contains("list", "get", "create");
    assertThat(Files.readAllLines(home.resolve("shown.txt")))
        .contains("list     -- List sandboxes.")
        .anyMatch(line -> line.matches("create +-- .+"));
    assertThat(tab("zsh", "pyro", "sandbox", "list", "--st")).containsExactly("--status");
    assertThat(Files.readAllLines(home.resolve("shown.txt")))
        .containsExactly("--status  -- Only sandboxes with this status: running, stopped, error.");
    // values and ids are words alone, as before
    Files.delete(home.resolve("shown.txt"));
    assertThat(tab("zsh", "pyro", "-o", "")).contains("json", "yaml");
    assertThat(home.resolve("shown.txt")).doesNotExist();
  }

  /** zsh as a user has it: compinit finds the script on $fpath as _pyro; TAB in a terminal. */
  @org.junit.jupiter.api.Test
  void zshLoadsTheScriptFromFpathAndCompletesOnARealTab() throws Exception {
    Path fpath = Files.createDirectories(home.resolve("fpath"));
    Files.copy(Path.of("completions/pyro.zsh").toAbsolutePath(), fpath.resolve("_pyro"));
    fakePyro("touch '" + home.resolve("started") + "'\n");
    String driver =
        """
        zmodload zsh/zpty
        zpty z 'zsh -f -i'
        zpty -w z 'PS1="> "; fpath=(%s $fpath); autoload -U compinit; compinit -u -D; print READY'
        zpty -r z out '*READY*'
        zpty -n -w z 'pyro sandbox li'$'\\t'
        sleep 2
        out=; while zpty -r -t z chunk; do out+=$chunk; done
        zpty -n -w z $'\\C-u''pyro sandbox '$'\\t'
        for i in {1..100}; do
          while zpty -r -t z chunk; do out+=$chunk; done
          [[ $out == *'-- List sandboxes.'* ]] && break
          sleep 0.1
        done
        print -r -- $out
        """
            .formatted(fpath);
    ProcessBuilder builder = new ProcessBuilder("zsh", "-f", "-c", driver).directory(home.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", ""))
        .contains("pyro sandbox list")
        .contains("-- List sandboxes.");
    assertThat(home.resolve("started")).doesNotExist();
  }

  private void writeCache(
      IdKind kind, String profile, String url, Instant when, Map<String, String> ids)
      throws IOException {
    IdCache idCache = new IdCache(cache.resolve("pyro"));
    idCache.write(cacheFile(kind, profile, url), new java.util.TreeMap<>(ids), when);
  }

  /** The cache file pyro keeps for this profile and URL in the environment the shells get. */
  private Path cacheFile(IdKind kind, String profile, String url) {
    Map<String, String> shellEnv = new java.util.HashMap<>();
    shellEnv.put("HOME", home.toString());
    shellEnv.put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    shellEnv.putAll(env);
    return new IdCache(cache.resolve("pyro")).file(kind, CacheKey.of(shellEnv, profile, url));
  }

  private static String item(String id, String name) {
    return "{\"sandbox_id\":" + json(id) + ",\"name\":" + json(name) + "}";
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** pyro itself on the shells' PATH. */
  private void realPyro() throws IOException {
    Files.writeString(bin.resolve("pyro"), PyroJvm.script(), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(
        bin.resolve("pyro"), PosixFilePermissions.fromString("rwx------"));
  }

  private void fakePyro(String body) throws IOException {
    Path file = bin.resolve("pyro");
    Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
  }

  /** The candidates the shell's completion function offers for these words. */
  private List<String> tab(String shell, String... words) throws Exception {
    Path script = Path.of("completions/pyro." + shell).toAbsolutePath();
    String line = String.join(" ", words);
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String program =
        switch (shell) {
          case "bash" ->
              "source '%s'\nCOMP_LINE='%s'\nCOMP_POINT=${#COMP_LINE}\n_complete_pyro\nprintf '%%s\\n' \"${COMPREPLY[@]}\"\n"
                  .formatted(script, line);
          case "zsh" ->
              ("source '%s'\ncompadd() {\n  while [[ $1 == -* && $1 != -- ]]; do\n"
                      + "    if [[ $1 == -d ]]; then print -rl -- \"${(@P)2}\" >shown.txt; shift; fi\n"
                      + "    shift\n  done\n  [[ $1 == -- ]] && shift\n  print -rl -- \"$@\"\n}\n"
                      + "words=(%s)\nCURRENT=%d\n_pyro\n")
                  .formatted(script, array, words.length);
          default -> "source '%s'\ncomplete -C '%s'\n".formatted(script, line);
        };
    List<String> command =
        switch (shell) {
          case "bash" -> List.of("bash", "--norc", "-c", program);
          case "zsh" -> List.of("zsh", "-f", "-c", program);
          default -> List.of("fish", "--no-config", "-c", program);
        };
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    builder.environment().remove("PYRO_PROFILE");
    builder.environment().remove("PYRO_API_URL");
    builder.environment().remove("PYRO_TOKEN");
    builder.environment().putAll(env);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> offered = new ArrayList<>();
    // fish prints "candidate<TAB>description"
    out.lines().filter(l -> !l.isEmpty()).forEach(l -> offered.add(l.split("\t")[0]));
    return offered;
  }
}
