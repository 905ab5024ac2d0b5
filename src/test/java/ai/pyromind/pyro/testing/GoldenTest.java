package ai.pyromind.pyro.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A golden file is a claim someone reviewed: a missing one is a failure, never a fresh pass. */
class GoldenTest {
  private static final String MISSING = "golden-test/never-written.txt";

  @Test
  void aMissingGoldenFileFailsAndIsNotWritten() {
    Path file = Path.of("src/test/resources/golden").resolve(MISSING);
    assertThat(file).doesNotExist();
    assertThatThrownBy(() -> Golden.assertMatches(MISSING, "anything\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden file missing: " + file)
        .hasMessageContaining("-Dgolden.update=true");
    assertThat(file).doesNotExist();
    assertThat(Files.exists(file.getParent())).isFalse();
  }

  @Test
  void aPresentGoldenFileThatDiffersFails() {
    assertThat(Path.of("src/test/resources/golden/sandbox/get.json")).exists();
    assertThatThrownBy(() -> Golden.assertMatches("sandbox/get.json", "not what it holds\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden file src/test/resources/golden/sandbox/get.json");
  }
}
