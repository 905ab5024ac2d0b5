package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed man pages are what the build generated from the command tree. */
class GeneratedDocsIT {
  @Test
  void committedManPagesMatchTheBuild() throws IOException {
    Path built = Path.of("target/man/man1");
    Path committed = Path.of("man/man1");
    List<String> builtNames = names(built);
    assertThat(names(committed))
        .as("man/man1 is stale: cp target/man/man1/*.1 man/man1/ after a build")
        .isEqualTo(builtNames);
    for (String name : builtNames) {
      assertThat(Files.readString(committed.resolve(name), StandardCharsets.UTF_8))
          .as("man/man1/%s is stale: copy it from target/man/man1 after a build", name)
          .isEqualTo(Files.readString(built.resolve(name), StandardCharsets.UTF_8));
    }
    assertThat(builtNames)
        .contains("pyro.1", "pyro-train-watch.1", "pyro-sandbox-list.1", "pyro-emulator-start.1");
  }

  @Test
  void theDistributionShipsCompletionsManPagesAndAnArchiveWithItsChecksum() throws IOException {
    Path dist = Path.of("target/dist/pyro");
    assertThat(dist.resolve("bin/pyro")).isExecutable();
    assertThat(dist.resolve("lib/pyro.jar")).exists();
    assertThat(dist.resolve("completions/pyro.bash")).exists();
    assertThat(dist.resolve("man/man1/pyro.1")).exists();
    assertThat(dist.resolve("README.md")).exists();
    assertThat(dist.resolve("LICENSE")).exists();
    assertThat(dist.resolve("docs/openapi.yaml"))
        .hasSameTextualContentAs(Path.of("docs/openapi.yaml"));
    String sums = Files.readString(Path.of("target/SHA256SUMS"));
    assertThat(sums).matches("[0-9a-f]{64}  pyro-[0-9.]+(-SNAPSHOT)?-linux-x86_64\\.tar\\.gz\n");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
