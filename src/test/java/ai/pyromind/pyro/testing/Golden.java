package ai.pyromind.pyro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output kept in files under {@code src/test/resources/golden}. A missing file fails the
 * test; run the tests with {@code -Dgolden.update=true} to write or rewrite them deliberately, then
 * review the diff.
 */
public final class Golden {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(file)) {
        throw new AssertionError(
            "golden file missing: "
                + file
                + " (write it with -Dgolden.update=true, then review it)");
      }
      assertThat(actual)
          .as("golden file " + file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
