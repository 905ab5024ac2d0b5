package ai.pyromind.pyro.config;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroJvm;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes to the config file: concurrent, through a symlink, refused with a reason. */
class ConfigWritesTest {
  private static final int WRITERS = 10;

  @TempDir Path home;

  private PyroRun pyro() {
    return new PyroRun(home);
  }

  private void profiles(int count) throws Exception {
    StringBuilder yaml = new StringBuilder("profiles:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  p").append(i).append(":\n    output: json\n");
    }
    Files.writeString(home.resolve("config.yaml"), yaml);
  }

  @Test
  void tenConcurrentSetsInOneProcessAllSurvive() throws Exception {
    profiles(WRITERS);
    CyclicBarrier start = new CyclicBarrier(WRITERS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<PyroRun.Result>> runs = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String profile = "p" + i;
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return pyro()
                      .run("-p", profile, "config", "set", "api_url", "http://h" + profile);
                }));
      }
      for (Future<PyroRun.Result> run : runs) {
        assertThat(run.get(120, TimeUnit.SECONDS).code()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    String config = Files.readString(home.resolve("config.yaml"));
    for (int i = 0; i < WRITERS; i++) {
      assertThat(config).contains("api_url: http://hp" + i);
    }
  }

  @Test
  void concurrentSetsFromSeparateProcessesAllSurvive() throws Exception {
    int writers = 4;
    profiles(writers);
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      ProcessBuilder builder =
          new ProcessBuilder(
              PyroJvm.command("-p", "p" + i, "config", "set", "api_url", "http://hp" + i));
      builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
      builder.redirectErrorStream(true).redirectOutput(home.resolve("log" + i).toFile());
      processes.add(builder.start());
    }
    for (Process process : processes) {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
    }
    String config = Files.readString(home.resolve("config.yaml"));
    for (int i = 0; i < writers; i++) {
      assertThat(config).contains("api_url: http://hp" + i);
    }
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("config.yaml.lock"))))
        .isEqualTo("rw-------");
  }

  @Test
  void theFirstWriteCreatesAPrivateFolderAndTakesTheLockInIt() throws Exception {
    Path config = home.resolve("fresh/pyro/config.yaml");
    PyroRun.Result r =
        pyro().env("PYRO_CONFIG", config.toString()).run("config", "set", "output", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(config)).contains("output: json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.getParent())))
        .isEqualTo("rwx------");
    assertThat(config.resolveSibling("config.yaml.lock")).exists();
  }

  @Test
  void aSymlinkedConfigIsWrittenThroughTheLink() throws Exception {
    Path dotfiles = Files.createDirectories(home.resolve("dotfiles"));
    Files.writeString(dotfiles.resolve("pyro.yaml"), "profiles:\n  default:\n    output: json\n");
    Files.createSymbolicLink(home.resolve("config.yaml"), Path.of("dotfiles/pyro.yaml"));
    PyroRun.Result r = pyro().run("config", "set", "color", "never");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(home.resolve("config.yaml")).isSymbolicLink();
    assertThat(Files.readString(dotfiles.resolve("pyro.yaml")))
        .contains("output: json")
        .contains("color: never");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dotfiles.resolve("pyro.yaml"))))
        .isEqualTo("rw-------");
  }

  @Test
  void aConfigWithYamlAliasesIsRefusedNotFlattened() throws Exception {
    String yaml =
        "base: &base\n  api_url: https://staging.example\n"
            + "current_profile: staging\nprofiles:\n  staging: *base\n";
    Files.writeString(home.resolve("config.yaml"), yaml);
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"), PosixFilePermissions.fromString("rw-------"));
    PyroRun.Result set = pyro().run("config", "set", "output", "json");
    assertThat(set.code()).isEqualTo(2);
    assertThat(set.err())
        .isEqualTo(
            "error: cannot read config file "
                + home.resolve("config.yaml")
                + ": YAML aliases such as *base are not supported: write the value out in full"
                + " (line 5, column 17)\n");
    assertThat(Files.readString(home.resolve("config.yaml"))).isEqualTo(yaml);
    assertThat(pyro().run("config", "get", "api_url").code()).isEqualTo(2);
  }

  @Test
  void aConfigThatCannotBeWrittenSaysWhy() throws Exception {
    Files.writeString(home.resolve("not-a-dir"), "", StandardCharsets.UTF_8);
    PyroRun.Result r =
        pyro()
            .env("PYRO_CONFIG", home.resolve("not-a-dir/pyro/config.yaml").toString())
            .run("config", "set", "output", "json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("error: cannot ")
        .contains("config file " + home.resolve("not-a-dir/pyro/config.yaml") + ": ")
        .contains("not a directory")
        .hasLineCount(1);
  }

  @Test
  void permissionDeniedIsSaidInWords() {
    Path config = Path.of("/home/me/.config/pyro/config.yaml");
    assertThat(IoReasons.of(new AccessDeniedException(config.toString()), config))
        .isEqualTo("permission denied");
    assertThat(IoReasons.of(new AccessDeniedException(config.getParent().toString()), config))
        .isEqualTo("permission denied (/home/me/.config/pyro)");
  }
}
