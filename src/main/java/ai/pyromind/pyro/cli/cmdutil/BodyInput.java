package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a request body from {@code -f FILE} or {@code -f -} (stdin), as JSON or YAML. */
public final class BodyInput {
  /** The largest body pyro reads: far above any real request, far below the heap. */
  public static final int MAX_BYTES = 16 << 20;

  private BodyInput() {}

  /** The parsed document, any JSON value; {@code source} is a path or "-". */
  public static JsonNode read(String source, Env env) {
    byte[] bytes;
    try {
      if ("-".equals(source)) {
        bytes = env.stdin().readNBytes(MAX_BYTES + 1);
      } else {
        try (InputStream in = Files.newInputStream(Path.of(source))) {
          bytes = in.readNBytes(MAX_BYTES + 1);
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot read " + describe(source) + ": " + reason(e));
    }
    if (bytes.length > MAX_BYTES) {
      throw new UsageException(describe(source) + " is larger than " + (MAX_BYTES >> 20) + " MB");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new UsageException(describe(source) + " is empty");
    }
    try {
      String trimmed = text.stripLeading();
      JsonNode node =
          trimmed.startsWith("{") || trimmed.startsWith("[")
              ? Json.parse(text)
              : Json.parseYaml(text);
      if (node == null || node.isMissingNode()) {
        throw new UsageException(describe(source) + " holds no document");
      }
      return node;
    } catch (IOException e) {
      throw new UsageException(
          describe(source) + " is neither valid JSON nor YAML: " + Json.reasonWithLine(e));
    }
  }

  /** The document, which must be a JSON object / YAML mapping. */
  public static ObjectNode readObject(String source, Env env) {
    JsonNode node = read(source, env);
    if (!node.isObject()) {
      throw new UsageException(describe(source) + " must hold a JSON object or YAML mapping");
    }
    return (ObjectNode) node;
  }

  private static String describe(String source) {
    return "-".equals(source) ? "stdin" : "'" + source + "'";
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
