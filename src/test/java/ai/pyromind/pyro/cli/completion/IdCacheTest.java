package ai.pyromind.pyro.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdCacheTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final CacheKey NONE = CacheKey.of(Map.of(), null, null);

  @TempDir Path home;

  @Test
  void theFolderIsPrivateAndTheFileTooAndItHoldsOnlyWhatLooksLikeAnId() throws Exception {
    IdCache cache = IdCache.in(Map.of("HOME", home.toString()));
    CacheKey key = CacheKey.of(Map.of(), "local", "http://127.0.0.1:8080");
    Path file = cache.file(IdKind.SANDBOX, key);
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("sbx_1", "web-1");
    ids.put("sbx_2", "a name with spaces");
    ids.put("$(touch x)", "y");
    ids.put("sbx_3", "`id`");

    cache.write(file, ids, NOW);

    assertThat(file)
        .isEqualTo(home.resolve(".cache/pyro/sandbox,local,http___127.0.0.1_8080," + key.hash()));
    assertThat(Files.getPosixFilePermissions(file.getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(file))
        .isEqualTo("#pyro-ids 1 " + NOW.getEpochSecond() + "\nsbx_1\tweb-1\nsbx_2\t\nsbx_3\t\n");
    assertThat(cache.read(file))
        .containsExactly(
            Map.entry("sbx_1", "web-1"), Map.entry("sbx_2", ""), Map.entry("sbx_3", ""));
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void xdgCacheHomeIsHonoured() {
    IdCache cache =
        IdCache.in(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve("x").toString()));
    assertThat(cache.file(IdKind.TRAIN, NONE))
        .isEqualTo(home.resolve("x/pyro/train,,," + NONE.hash()));
  }

  @Test
  void aBrokenOrForeignFileReadsAsEmpty() throws Exception {
    IdCache cache = new IdCache(home);
    Path file = home.resolve("sandbox,,");
    Files.writeString(file, "sbx_1\tweb\n");
    assertThat(cache.read(file)).isEmpty();
    Files.write(file, new byte[] {'#', 'p', (byte) 0xff, (byte) 0xfe, '\n'});
    assertThat(cache.read(file)).isEmpty();
    assertThat(cache.read(home.resolve("missing"))).isEmpty();
    Files.createDirectories(home.resolve("a-folder"));
    assertThat(cache.read(home.resolve("a-folder"))).isEmpty();
  }

  /**
   * A list that finds nothing new renews only the stamp, in place (the same file, no rename); what
   * changed anything, or a stamp of another length, is written whole to a new file.
   */
  @Test
  void unchangedIdsRenewOnlyTheStampOfTheSameFile() throws Exception {
    IdCache cache = new IdCache(home.resolve("pyro"));
    Path file = home.resolve("pyro/sandbox,,");
    Map<String, String> ids = new LinkedHashMap<>(Map.of("sbx_1", "web-1"));
    cache.write(file, ids, NOW);
    Object inode = Files.getAttribute(file, "unix:ino");

    cache.write(file, ids, NOW.plusSeconds(59));

    assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
    assertThat(Files.readString(file))
        .isEqualTo("#pyro-ids 1 " + NOW.plusSeconds(59).getEpochSecond() + "\nsbx_1\tweb-1\n");

    ids.put("sbx_2", "");
    cache.write(file, ids, NOW.plusSeconds(60));
    assertThat(Files.getAttribute(file, "unix:ino")).isNotEqualTo(inode);
    assertThat(cache.read(file)).containsOnlyKeys("sbx_1", "sbx_2");

    inode = Files.getAttribute(file, "unix:ino");
    Instant longer = Instant.ofEpochSecond(10_000_000_000L);
    cache.write(file, ids, longer);
    assertThat(Files.getAttribute(file, "unix:ino")).isNotEqualTo(inode);
    assertThat(Files.readString(file)).startsWith("#pyro-ids 1 10000000000\nsbx_1\t");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  /** Writers race; a reader never sees a file that is not one of them whole. */
  @Test
  void twoWritersNeverTearTheFileAReaderSees() throws Exception {
    IdCache cache = new IdCache(home.resolve("pyro"));
    Path file = home.resolve("pyro/sandbox,,");
    List<Map<String, String>> versions = new ArrayList<>();
    for (int v = 0; v < 2; v++) {
      Map<String, String> ids = new LinkedHashMap<>();
      for (int i = 0; i < 500; i++) {
        ids.put("sbx_" + v + "_" + i, "name-" + v + "-" + i);
      }
      versions.add(ids);
    }
    cache.write(file, versions.get(0), NOW);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (Map<String, String> ids : versions) {
        writers.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < 100; n++) {
                    cache.write(file, ids, NOW);
                  }
                  return null;
                }));
      }
      while (!writers.stream().allMatch(Future::isDone)) {
        assertThat(cache.read(file)).isIn(versions.get(0), versions.get(1));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    try (var files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file left behind").containsExactly(file);
    }
  }

  /** XDG says a relative path is invalid: it would put the cache wherever pyro was run. */
  @Test
  void aRelativeXdgCacheHomeOrAnEmptyHomeNeverPutsTheCacheInTheWorkingFolder() {
    IdCache cache = IdCache.in(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", "rel"));
    assertThat(cache.file(IdKind.TRAIN, NONE))
        .isEqualTo(home.resolve(".cache/pyro/train,,," + NONE.hash()));

    IdCache none = IdCache.in(Map.of("HOME", "", "XDG_CACHE_HOME", ""));
    Path file = none.file(IdKind.TRAIN, NONE);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> none.write(file, Map.of("train_1", ""), NOW))
        .isInstanceOf(java.io.IOException.class);
    assertThat(Path.of("pyro")).doesNotExist();
    assertThat(Path.of(".cache")).doesNotExist();
  }

  /** A cache folder that is a link, or open to others, may be someone else's: never used. */
  @Test
  void aFolderThatIsALinkOrOpenToOthersIsNeitherReadNorWritten() throws Exception {
    Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
    Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwx------"));
    Path linked = Files.createSymbolicLink(home.resolve("linked"), elsewhere);
    IdCache throughLink = new IdCache(linked);
    Path file = throughLink.file(IdKind.SANDBOX, NONE);
    new IdCache(elsewhere).write(elsewhere.resolve(file.getFileName()), Map.of("sbx_1", ""), NOW);

    assertThat(throughLink.read(file)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> throughLink.write(file, Map.of("sbx_2", ""), NOW))
        .isInstanceOf(java.io.IOException.class);
    assertThat(Files.readString(elsewhere.resolve(file.getFileName()))).contains("sbx_1");

    Path open = Files.createDirectories(home.resolve("open"));
    IdCache inOpen = new IdCache(open);
    Path openFile = inOpen.file(IdKind.SANDBOX, NONE);
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx------"));
    inOpen.write(openFile, Map.of("sbx_1", ""), NOW);
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThat(inOpen.read(openFile)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> inOpen.write(openFile, Map.of("sbx_2", ""), NOW))
        .isInstanceOf(java.io.IOException.class);
  }

  /** Run as root, the test can hand the folder to another user, as a co-tenant would own it. */
  @Test
  void aFolderOwnedBySomeoneElseIsNeitherReadNorWritten() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "only root can give a folder away");
    Path theirs = home.resolve("theirs");
    IdCache cache = new IdCache(theirs);
    Path file = cache.file(IdKind.SANDBOX, NONE);
    cache.write(file, Map.of("sbx_1", ""), NOW);
    var nobody =
        theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(theirs, nobody);

    assertThat(cache.read(file)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> cache.write(file, Map.of("sbx_2", ""), NOW))
        .isInstanceOf(java.io.IOException.class);
  }

  /** A hostile server's huge ids would fill the disk and slow every TAB that reads them. */
  @Test
  void anIdOrNameLongerThan128CharactersIsNotKept() throws Exception {
    IdCache cache = new IdCache(home.resolve("pyro"));
    Path file = home.resolve("pyro/sandbox,,");
    String longest = "s" + "x".repeat(127);
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put(longest, longest);
    ids.put(longest + "y", "web");
    ids.put("sbx_1", longest + "y");

    cache.write(file, ids, NOW);

    assertThat(cache.read(file))
        .containsExactly(Map.entry(longest, longest), Map.entry("sbx_1", ""));
  }

  /**
   * Containers often run as a uid with no passwd entry (user.name is then "?"): the cache folder is
   * still recognised as this user's. Run as root, the test starts a JVM as such a uid.
   */
  @Test
  void aUserWithoutAPasswdEntryStillUsesTheCache() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of(SETPRIV)),
        "only root can start a process as a uid without a name");
    Path dir = Files.createDirectories(home.resolve("nameless"));
    Files.setAttribute(dir, "unix:uid", 54321);
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    Process jvm =
        new ProcessBuilder(
                SETPRIV,
                "--reuid=54321",
                "--regid=54321",
                "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                WriteAndRead.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    String out =
        new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(jvm.waitFor()).as(out).isZero();
    assertThat(out).isEqualTo("? {sbx_1=}\n");
  }

  private static final String SETPRIV = "/usr/bin/setpriv";

  /** Run by {@link #aUserWithoutAPasswdEntryStillUsesTheCache} as the nameless uid. */
  static final class WriteAndRead {
    public static void main(String[] args) throws Exception {
      IdCache cache = IdCache.in(Map.of("XDG_CACHE_HOME", args[0]));
      Path file = cache.file(IdKind.SANDBOX, NONE);
      cache.write(file, Map.of("sbx_1", ""), NOW);
      System.out.println(System.getProperty("user.name") + " " + cache.read(file));
    }
  }
}
