package ai.pyromind.pyro.cli.cmdutil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * Client-side checks of what the API document fixes, of option values and of request bodies; each
 * failure is a usage error (exit 2). Text is turned into values by {@link Parsers}.
 */
public final class Validate {
  private Validate() {}

  /** A value that, when given, must be one of the allowed ones. */
  public static void oneOf(String option, String value, String... allowed) {
    if (value != null && !Arrays.asList(allowed).contains(value)) {
      throw new UsageException(
          "invalid " + option + " '" + value + "' (allowed: " + String.join(", ", allowed) + ")");
    }
  }

  public static void atLeast(String option, Integer value, int min) {
    if (value != null && value < min) {
      throw new UsageException(option + " must be at least " + min + " (got " + value + ")");
    }
  }

  /** A field of a request body that must be an integer of at least {@code min}, if present. */
  public static void integerField(
      JsonNode body, String field, String label, int min, boolean required) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        throw new UsageException(label + " is required");
      }
      return;
    }
    if (!value.isIntegralNumber() || value.asLong() < min) {
      throw new UsageException(
          label + " must be an integer of at least " + min + " (got " + value + ")");
    }
  }

  /** The resources of a request: cpu and memory integers >= 1, gpu an integer >= 0. */
  public static void resources(JsonNode resourceConfig, boolean partial) {
    if (resourceConfig == null || resourceConfig.isMissingNode() || resourceConfig.isNull()) {
      if (partial) {
        return;
      }
      throw new UsageException("resources are required: give --cpu and --memory");
    }
    if (!resourceConfig.isObject()) {
      throw new UsageException("resource_config must be an object");
    }
    integerField(resourceConfig, "cpu", "--cpu", 1, !partial);
    integerField(resourceConfig, "memory", "--memory", 1, !partial);
    integerField(resourceConfig, "gpu", "--gpu", 0, false);
  }

  /** A text field that must be present and non-blank. */
  public static void requireText(JsonNode body, String pointer, String what) {
    JsonNode value = body.at(pointer);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new UsageException(what + " is required");
    }
  }

  /** An enum field that must be present and one of the allowed values. */
  public static void requireOneOf(JsonNode body, String pointer, String option, String... allowed) {
    requireText(body, pointer, option);
    oneOf(option, body.at(pointer).asText(), allowed);
  }

  /** {@code priority}: an integer 1-10, when present. */
  public static void checkPriority(JsonNode body) {
    JsonNode priority = body.path("priority");
    if (!priority.isMissingNode()
        && !priority.isNull()
        && (!priority.isIntegralNumber() || priority.asInt() < 1 || priority.asInt() > 10)) {
      throw new UsageException("--priority must be an integer from 1 to 10 (got " + priority + ")");
    }
  }
}
