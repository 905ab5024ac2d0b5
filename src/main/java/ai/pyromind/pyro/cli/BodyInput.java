package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a request body from {@code -f FILE} or {@code -f -} (stdin), as JSON or YAML. */
public final class BodyInput {
  private BodyInput() {}

  /** The parsed document, any JSON value; {@code source} is a path or "-". */
  public static JsonNode read(String source, Env env) {
    String text;
    try {
      text =
          "-".equals(source)
              ? new String(env.stdin().readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(source), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + describe(source) + ": " + reason(e));
    }
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
          describe(source) + " is neither valid JSON nor YAML: " + Json.shortReason(e));
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
