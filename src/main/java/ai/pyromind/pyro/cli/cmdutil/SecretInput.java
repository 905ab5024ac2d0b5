package ai.pyromind.pyro.cli.cmdutil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a secret from stdin (first line), so it never appears in process arguments. */
public final class SecretInput {
  /** Far above any token or password; a line longer than this is not one. */
  static final int MAX_BYTES = 64 * 1024;

  private SecretInput() {}

  public static String firstLine(Env env, String what) {
    String line = line(env, what);
    if (line == null || line.isBlank()) {
      throw new UsageException("no " + what + " on stdin");
    }
    return line.strip();
  }

  /**
   * The first line of stdin without its line end, or null at once at end of input; a line longer
   * than {@link #MAX_BYTES} is refused rather than read into memory whole.
   */
  public static String line(Env env, String what) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      InputStream in = env.stdin();
      int b = in.read();
      if (b == -1) {
        return null;
      }
      for (; b != -1 && b != '\n'; b = in.read()) {
        if (bytes.size() >= MAX_BYTES) {
          throw new UsageException("the " + what + " on stdin is longer than 64 KB");
        }
        bytes.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the " + what + " from stdin: " + e.getMessage(), e);
    }
    return bytes.toString(StandardCharsets.UTF_8).replaceAll("\r$", "");
  }
}
