package ai.pyromind.pyro.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a secret from stdin (first line), so it never appears in process arguments. */
public final class SecretInput {
  private SecretInput() {}

  public static String firstLine(Env env, String what) {
    try {
      String line =
          new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isBlank()) {
        throw new UsageException("no " + what + " on stdin");
      }
      return line.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the " + what + " from stdin: " + e.getMessage(), e);
    }
  }
}
