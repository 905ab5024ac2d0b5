package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathEntriesTest {
  @TempDir Path dir;

  /** The launcher passes the jar as /dev/fd/9, a link: a child process needs the file itself. */
  @Test
  void anEntryGivenThroughALinkIsTheFileItNames() throws Exception {
    Path jar = Files.createFile(dir.resolve("pyro.jar"));
    Path link = Files.createSymbolicLink(dir.resolve("fd-9"), jar);
    assertThat(ClassPathEntries.of(link.toString())).containsExactly(jar.toRealPath());
  }

  @Test
  void entriesKeepTheirOrderAndMissingOnesStayAsGiven() throws Exception {
    Path jar = Files.createFile(dir.resolve("a.jar"));
    Path missing = dir.resolve("gone.jar");
    String classPath = jar + File.pathSeparator + File.pathSeparator + missing;
    assertThat(ClassPathEntries.of(classPath)).containsExactly(jar.toRealPath(), missing);
  }

  @Test
  void theJarAndItsCacheBehindALinkAreTheProgramsOwnFiles() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path jar = Files.createFile(lib.resolve("pyro.jar"));
    Path link = Files.createSymbolicLink(dir.resolve("fd-9"), jar);
    String javaHome = dir.resolve("runtime").toString();
    assertThat(GivenStdin.isProgramFile(jar.toRealPath(), javaHome, link.toString())).isTrue();
    assertThat(
            GivenStdin.isProgramFile(
                lib.toRealPath().resolve("pyro.aot"), javaHome, link.toString()))
        .isTrue();
    assertThat(GivenStdin.isProgramFile(dir.resolve("job.yaml"), javaHome, link.toString()))
        .isFalse();
  }
}
