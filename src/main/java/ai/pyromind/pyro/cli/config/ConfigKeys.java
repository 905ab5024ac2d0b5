package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.cli.cmdutil.Guards;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.ResponseLimit;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.output.OutputFormat;
import java.util.List;

/** The settings a profile may hold, and the check of each value. */
final class ConfigKeys {
  static final List<String> SETTABLE =
      List.of(
          "api_url",
          "output",
          "request_timeout",
          "color",
          "retries",
          "allow_insecure_http",
          "ca_file",
          "max_response_mb");

  private ConfigKeys() {}

  static void checkKey(String key) {
    if ("token".equals(key)) {
      throw new UsageException("the token is not set here: run `pyro auth login`");
    }
    if (!SETTABLE.contains(key)) {
      throw new UsageException(
          "unknown key '" + key + "' (known: " + String.join(", ", SETTABLE) + ")");
    }
  }

  static void checkValue(String key, String value) {
    switch (key) {
      case "api_url" -> Guards.baseUrl(value);
      case "output" -> {
        if (OutputFormat.parse(value) == null) {
          throw new UsageException(
              "invalid output '" + value + "' (allowed: table, wide, json, yaml, id)");
        }
      }
      case "request_timeout" -> Parsers.positiveDuration(value);
      case "color" -> Validate.oneOf("color", value, "auto", "always", "never");
      case "retries" -> {
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 100) {
          throw new UsageException(
              "invalid retries '" + value + "' (a whole number from 0 to 100)");
        }
      }
      case "allow_insecure_http" -> Validate.oneOf("allow_insecure_http", value, "true", "false");
      case "ca_file" -> {
        // checked when a client is built, so a file made later is fine
      }
      case "max_response_mb" -> ResponseLimit.megabytes(value, "max_response_mb");
      default -> checkKey(key);
    }
  }
}
