package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped binary's AOT caches serve it from any working directory. A cache records its class
 * path and the JVM looks it up as the code source of every class the cache maps; a recorded path
 * that does not resolve where pyro runs (a relative one, or the build's folder once installed
 * elsewhere) used to cost a NoSuchFileException per class, ~550 per start.
 */
class AotCacheEndToEndIT {
  private static final String TOKEN = "aot-token";
  private static EmulatorServer emulator;
  @TempDir Path home;
  private PyroProcess pyro;

  @BeforeAll
  static void startEmulator() throws Exception {
    emulator =
        EmulatorServer.start(new EmulatorConfig("127.0.0.1", 0, TOKEN, 20, null, Instant::now));
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void pyroInAnotherDirectory() {
    assumeThat(PyroProcess.BINARY.resolveSibling("../lib/pyro.aot").normalize())
        .as("target/dist/pyro has its AOT cache (Temurin 25 installed)")
        .isRegularFile();
    pyro =
        new PyroProcess(home)
            .in(home)
            .env("PYRO_API_URL", emulator.url().toString())
            .env("PYRO_TOKEN", TOKEN);
  }

  @Test
  void versionFromAnotherDirectoryMissesNoClassFile() throws IOException {
    assertNoClassMissesItsCodeSource("--version");
  }

  @Test
  void listFromAnotherDirectoryMissesNoClassFile() throws IOException {
    assertNoClassMissesItsCodeSource("sandbox", "list", "-o", "json");
  }

  /** The launcher takes descriptor 9 for the jar only when the caller has not passed one in. */
  @Test
  void aDescriptor9FromTheCallerReachesPyroUntouched() throws IOException {
    Path body = home.resolve("body.json");
    Files.writeString(
        body,
        "{\"name\":\"from-fd-9\",\"sandbox_type\":\"cpu-sandbox\",\"resource_config\":{\"cpu\":1,\"memory\":1}}");
    PyroProcess.Result created =
        pyro.through("sh", "-c", "exec 9<\"$0\"; exec \"$@\"", body.toString())
            .run("sandbox", "create", "-f", "/dev/fd/9", "--dry-run");
    assertThat(created.code()).as(created.toString()).isZero();
    assertThat(created.out()).contains("from-fd-9");
  }

  private void assertNoClassMissesItsCodeSource(String... args) throws IOException {
    Path exceptions = home.resolve("exceptions.log");
    Path classes = home.resolve("classes.log");
    PyroProcess.Result r =
        pyro.env(
                "JAVA_TOOL_OPTIONS",
                "-Xlog:exceptions=info:file="
                    + exceptions
                    + " -Xlog:class+load=info:file="
                    + classes)
            .run(args);
    assertThat(r.code()).as(r.toString()).isZero();
    // the JVM's code-source lookup of a cached class: ClassLoaders.toFileURL(recorded path)
    assertThat(Files.readString(exceptions)).doesNotContain("toFileURL");
    long fromTheCache =
        Files.readAllLines(classes).stream().filter(l -> l.contains("shared objects file")).count();
    assertThat(fromTheCache).as("classes mapped from the AOT cache").isGreaterThan(500);
  }
}
