package ai.pyromind.pyro.cli.completion;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever command meets ids (list, get, create, delete, __complete), the cache learns them. */
class IdRecorderTest extends CommandTest {
  private Path cacheFile(IdKind kind, String profile, String apiUrl) {
    Map<String, String> env =
        Map.of(
            "HOME", home.toString(),
            "PYRO_CONFIG", home.resolve("config.yaml").toString(),
            "PYRO_TOKEN", TOKEN);
    return new IdCache(home.resolve(".cache/pyro")).file(kind, CacheKey.of(env, profile, apiUrl));
  }

  private Map<String, String> cached(IdKind kind) {
    return new IdCache(home.resolve(".cache/pyro")).read(cacheFile(kind, null, wm.baseUrl()));
  }

  @Test
  void aWholeListReplacesTheIdsAndNamesOfTheProfilesServer() throws Exception {
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());
    new IdCache(file.getParent()).write(file, Map.of("sbx_gone", "old"), PyroRun.NOW);
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(Fixtures.sandboxPage(2, 1, 20, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2))));

    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "id");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("sbx_123456789\nsbx_987654321\n");
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(file))
        .isEqualTo(
            "#pyro-ids 1 "
                + PyroRun.NOW.getEpochSecond()
                + "\nsbx_123456789\tGPU-Sandbox-001\nsbx_987654321\tMy-GPU-Sandbox-2024\n");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }

  /** Listing the same ids again rewrites nothing but the stamp, which keeps the cache fresh. */
  @Test
  void aListThatChangesNothingRenewsTheStampOfTheSameFile() throws Exception {
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    ids.put("sbx_123456789", "GPU-Sandbox-001");
    ids.put("sbx_987654321", "My-GPU-Sandbox-2024");
    new IdCache(file.getParent()).write(file, ids, PyroRun.NOW.minusSeconds(3600));
    Object inode = Files.getAttribute(file, "unix:ino");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(Fixtures.sandboxPage(2, 1, 20, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2))));

    assertThat(pyro().run("sandbox", "list", "-o", "id").code()).isZero();

    assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
    assertThat(Files.readString(file))
        .isEqualTo(
            "#pyro-ids 1 "
                + PyroRun.NOW.getEpochSecond()
                + "\nsbx_123456789\tGPU-Sandbox-001\nsbx_987654321\tMy-GPU-Sandbox-2024\n");
  }

  /** The scripts read the file only for the config it was made with: it carries its mtime. */
  @Test
  void theCacheFileCarriesTheConfigsMtime() throws Exception {
    Files.writeString(home.resolve("config.yaml"), "current_profile: default\n");
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"), PosixFilePermissions.fromString("rw-------"));
    java.nio.file.attribute.FileTime modified =
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2023-05-06T07:08:09.123Z"));
    Files.setLastModifiedTime(home.resolve("config.yaml"), modified);
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());

    assertThat(pyro().run("sandbox", "list").code()).isZero();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    assertThat(pyro().run("sandbox", "list").code()).as("renewed in place").isZero();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
  }

  @Test
  void aFilteredOrPartialListAddsToWhatIsKnown() throws Exception {
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());
    new IdCache(file.getParent()).write(file, Map.of("sbx_1", "kept"), PyroRun.NOW);
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(2, 1, 20, Fixtures.SANDBOX_1))));

    assertThat(pyro().run("sandbox", "list", "--status", "running").code()).isZero();

    assertThat(cached(IdKind.SANDBOX))
        .containsExactly(Map.entry("sbx_1", "kept"), Map.entry("sbx_123456789", "GPU-Sandbox-001"));
  }

  @Test
  void aGetAddsOneAndADeleteRemovesIt() throws Exception {
    Path file = cacheFile(IdKind.TRAIN, null, wm.baseUrl());
    new IdCache(file.getParent()).write(file, Map.of("train_1", ""), PyroRun.NOW);
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_300001"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.TRAIN_DETAIL))));
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/training/jobs/train_300001"))
            .willReturn(okJson(envelope(200, "deleted", "{\"job_id\":\"train_300001\"}"))));

    assertThat(pyro().run("train", "get", "train_300001").code()).isZero();
    assertThat(cached(IdKind.TRAIN))
        .containsExactly(
            Map.entry("train_1", ""), Map.entry("train_300001", "RL-PPO-LunarLander-Training"));

    PyroRun.Result r = pyro().run("train", "delete", "train_300001", "-y");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(cached(IdKind.TRAIN)).containsExactly(Map.entry("train_1", ""));
  }

  @Test
  void aCreateAddsTheNewIdAndName() throws Exception {
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());
    new IdCache(file.getParent()).write(file, Map.of("sbx_1", ""), PyroRun.NOW);
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "created",
                        "{\"sandbox_id\":\"sbx_555\",\"name\":\"my-box\",\"status\":\"pending\"}"))));

    PyroRun.Result r =
        pyro().run("sandbox", "create", "my-box", "--type", "t", "--cpu", "1", "--memory", "1");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(cached(IdKind.SANDBOX))
        .containsExactly(Map.entry("sbx_1", ""), Map.entry("sbx_555", "my-box"));
  }

  /**
   * A create, a get, a delete or a filtered list knows a part of the ids: alone it would pass for
   * all of them until it went stale (TAB offered only the sandbox just created, or none after a
   * delete). It only corrects a file there is, and keeps its stamp and its mtime, so it makes the
   * file neither fresher nor newer than the config.
   */
  @Test
  void aPartOfTheIdsNeverPassesForAllOfThem() throws Exception {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    envelope(200, "created", "{\"sandbox_id\":\"sbx_555\",\"name\":\"box-b\"}"))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(9, 1, 20, Fixtures.SANDBOX_1))));
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());

    assertThat(
            pyro().run("sandbox", "create", "box-b", "--type", "t", "--cpu", "1", "--memory", "1"))
        .satisfies(r -> assertThat(r.code()).as(r.toString()).isZero());
    assertThat(pyro().run("sandbox", "list", "--status", "running").code()).isZero();
    assertThat(pyro().run("sandbox", "list").code()).as("page 1 of 9 sandboxes").isZero();
    assertThat(file.getParent()).doesNotExist();

    new IdCache(file.getParent()).write(file, Map.of("sbx_1", ""), PyroRun.NOW.minusSeconds(61));
    java.nio.file.attribute.FileTime modified =
        java.nio.file.attribute.FileTime.from(PyroRun.NOW.minusSeconds(60));
    Files.setLastModifiedTime(file, modified);
    assertThat(
            pyro().run("sandbox", "create", "box-b", "--type", "t", "--cpu", "1", "--memory", "1"))
        .satisfies(r -> assertThat(r.code()).as(r.toString()).isZero());

    assertThat(Files.readString(file))
        .isEqualTo(
            "#pyro-ids 1 "
                + PyroRun.NOW.minusSeconds(61).getEpochSecond()
                + "\nsbx_1\t\nsbx_555\tbox-b\n");
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
  }

  /** A first page as large as completion asks for is what TAB would get: it stands for all. */
  @Test
  void aFirstPageAsLargeAsCompletionAsksForStandsForAll() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(900, 1, 100, Fixtures.SANDBOX_1))));

    assertThat(pyro().run("sandbox", "list", "--page-size", "100").code()).isZero();

    assertThat(Files.readString(cacheFile(IdKind.SANDBOX, null, wm.baseUrl())))
        .isEqualTo(
            "#pyro-ids 1 " + PyroRun.NOW.getEpochSecond() + "\nsbx_123456789\tGPU-Sandbox-001\n");
  }

  @Test
  void idsAndNamesThatCouldBeShellSyntaxAreNotCached() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(
                        3,
                        1,
                        20,
                        "{\"sandbox_id\":\"$(touch pwned)\",\"name\":\"a\"}",
                        "{\"sandbox_id\":\"sbx_1\",\"name\":\"`id`\"}",
                        "{\"sandbox_id\":\"sbx_2\",\"name\":\"two words\"}"))));

    assertThat(pyro().run("sandbox", "list").code()).isZero();

    assertThat(cached(IdKind.SANDBOX))
        .containsExactly(Map.entry("sbx_1", ""), Map.entry("sbx_2", ""));
  }

  @Test
  void aBrokenCacheIsIgnoredAndReplaced() throws Exception {
    Path file = cacheFile(IdKind.SANDBOX, null, wm.baseUrl());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "garbage\n\0\0\0");
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));

    PyroRun.Result r = pyro().run("sandbox", "list", "-o", "id");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(cached(IdKind.SANDBOX))
        .containsExactly(Map.entry("sbx_123456789", "GPU-Sandbox-001"));
  }

  @Test
  void theCacheIsKeyedByTheProfileAndApiUrlTheLineNames() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));
    String url = wm.baseUrl() + "/";

    assertThat(pyro().run("--api-url", url, "sandbox", "list").code()).isZero();

    assertThat(new IdCache(home.resolve(".cache/pyro")).read(cacheFile(IdKind.SANDBOX, null, url)))
        .containsOnlyKeys("sbx_123456789");
    assertThat(cached(IdKind.SANDBOX)).isEmpty();
  }

  /** Another account on the same profile and server keeps its own file; no file holds a token. */
  @Test
  void anotherTokenOnTheSameProfileAndServerKeepsItsOwnIds() throws Exception {
    String other = "pm_other_account_0000000";
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withHeader("Authorization", equalTo("Bearer " + other))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_2))));

    assertThat(pyro().run("sandbox", "list").code()).isZero();
    assertThat(pyro().env("PYRO_TOKEN", other).run("sandbox", "list").code()).isZero();

    assertThat(cached(IdKind.SANDBOX)).containsOnlyKeys("sbx_123456789");
    try (var files = Files.list(home.resolve(".cache/pyro"))) {
      var all = files.toList();
      assertThat(all).hasSize(2);
      for (Path file : all) {
        assertThat(file.getFileName().toString()).doesNotContain(TOKEN).doesNotContain(other);
        assertThat(Files.readString(file)).doesNotContain(TOKEN).doesNotContain(other);
      }
    }
  }

  @Test
  void nothingIsWrittenWhenNoIdWasMet() {
    assertThat(pyro().run("completion", "bash").code()).isZero();
    assertThat(home.resolve(".cache")).doesNotExist();
  }
}
