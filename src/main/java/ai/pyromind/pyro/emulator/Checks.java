package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.ResourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** The request rules of the API document, each failure a 400 with the document's wording. */
final class Checks {
  private Checks() {}

  static String requiredText(JsonNode body, String field, String label) {
    JsonNode value = body.at(field.startsWith("/") ? field : "/" + field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw EmulatorError.badRequest(label + " is required");
    }
    return value.asText();
  }

  static void sandboxName(String name) {
    if (!ResourceKind.SANDBOX.validName(name)) {
      throw EmulatorError.badRequest(
          "name must be 3-64 characters (alphanumeric/hyphens/underscores)");
    }
  }

  static String oneOf(String value, String field, String... allowed) {
    if (value != null && !Arrays.asList(allowed).contains(value)) {
      throw EmulatorError.badRequest(
          "invalid " + field + " value (allowed: " + String.join("/", allowed) + ")");
    }
    return value;
  }

  /**
   * cpu and memory integers >= 1, gpu >= 0, in the document's two wordings (sandbox: "resource
   * config cpu must be positive integer"; others: "resource_config.gpu must be non-negative
   * integer").
   */
  static void resources(JsonNode config, boolean partial, boolean sandboxWording) {
    if (config == null || config.isMissingNode() || config.isNull()) {
      if (partial) {
        return;
      }
      throw EmulatorError.badRequest("resource_config is required");
    }
    if (!config.isObject()) {
      throw EmulatorError.badRequest("resource_config must be an object");
    }
    integer(config, "cpu", 1, !partial, sandboxWording);
    integer(config, "memory", 1, !partial, sandboxWording);
    integer(config, "gpu", 0, false, sandboxWording);
  }

  private static void integer(
      JsonNode config, String field, int min, boolean required, boolean sandboxWording) {
    JsonNode value = config.path(field);
    boolean absent = value.isMissingNode() || value.isNull();
    if (absent && !required) {
      return;
    }
    if (absent || !value.isIntegralNumber() || value.asLong() < min) {
      String kind = min == 0 ? "non-negative integer" : "positive integer";
      throw EmulatorError.badRequest(
          sandboxWording
              ? "resource config " + field + " must be " + kind
              : "resource_config." + field + " must be " + kind);
    }
  }

  static int priority(JsonNode body) {
    JsonNode value = body.path("priority");
    if (value.isMissingNode() || value.isNull()) {
      return 5;
    }
    if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 10) {
      throw EmulatorError.badRequest("priority must be an integer from 1 to 10");
    }
    return value.asInt();
  }

  /** An ISO-8601 instant that must lie after {@code now}; the default when absent. */
  static Instant futureTime(JsonNode body, Instant now, Duration fallback) {
    JsonNode value = body.path("expire_time");
    if (value.isMissingNode() || value.isNull()) {
      return now.plus(fallback);
    }
    Instant at = instant(value.asText(), "expire_time");
    if (!at.isAfter(now)) {
      throw EmulatorError.badRequest("expire_time must be a future time");
    }
    return at;
  }

  static Instant instant(String text, String field) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw EmulatorError.badRequest(field + " must be an ISO 8601 time");
    }
  }
}
