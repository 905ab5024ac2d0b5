package ai.pyromind.pyro.cli;

import java.math.BigDecimal;
import java.util.Map;
import picocli.CommandLine;

/**
 * What a numeric option accepts, in words, for the one line a value that is no such number gets
 * ({@code --cpu abc}, {@code --learning-rate nan}, {@code --memory 1e999}) instead of picocli's
 * "cannot convert 'nan' to BigDecimal (java.lang.NumberFormatException: ...)". The ranges are the
 * ones each command checks once the value is a number (its preflight, {@code Validate}).
 */
final class NumberForms {
  private static final String AT_LEAST_1 = "a whole number of at least 1";
  private static final Map<String, String> FORMS =
      Map.ofEntries(
          Map.entry("--cpu", AT_LEAST_1),
          Map.entry("--memory", "a whole number of GB of at least 1"),
          Map.entry("--gpu", "a whole number of at least 0"),
          Map.entry("--priority", "a whole number from 1 to 10"),
          Map.entry("--limit", AT_LEAST_1),
          Map.entry("--page", AT_LEAST_1),
          Map.entry("--page-size", AT_LEAST_1),
          Map.entry("--log-lines", AT_LEAST_1),
          Map.entry("--tail", AT_LEAST_1),
          Map.entry("--timeout", "a whole number of seconds of at least 1"),
          Map.entry("--batch-size", AT_LEAST_1),
          Map.entry("--save-frequency", AT_LEAST_1),
          Map.entry("--count", AT_LEAST_1),
          Map.entry("--retries", "a whole number from 0 to 100"),
          Map.entry("--port", "a whole number from 0 to 65535"),
          Map.entry("--status", "a whole number from 400 to 599"),
          Map.entry("--learning-rate", "a decimal number between 1e-100 and 1e100, e.g. 0.0003"),
          Map.entry("--speed", "a positive number of at most 1000000"));

  private NumberForms() {}

  /**
   * The line for a value picocli could not convert to a numeric option's type, or null when the
   * failure is of another kind (then picocli's own message stands).
   */
  static String message(CommandLine.ParameterException e) {
    if (!(e.getArgSpec() instanceof CommandLine.Model.OptionSpec option)
        || e.getValue() == null
        || !isNumber(option.type())) {
      return null;
    }
    String name = option.longestName();
    String form = FORMS.getOrDefault(name, isWhole(option.type()) ? "a whole number" : "a number");
    String value = e.getValue();
    String why =
        isWhole(option.type()) && value.trim().matches("[-+]?\\d+")
            ? "' is too large ("
                + form
                + " of at most "
                + (isLong(option.type()) ? Long.MAX_VALUE : Integer.MAX_VALUE)
                + ")"
            : "' is not " + form;
    return "invalid value for option '" + name + "': '" + value + why;
  }

  /** Whether the option has words of its own (NumericOptionsTest holds every numeric one to it). */
  static boolean known(String option) {
    return FORMS.containsKey(option);
  }

  private static boolean isNumber(Class<?> type) {
    return isWhole(type)
        || type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || type == BigDecimal.class;
  }

  private static boolean isWhole(Class<?> type) {
    return type == int.class || type == Integer.class || isLong(type);
  }

  private static boolean isLong(Class<?> type) {
    return type == long.class || type == Long.class;
  }
}
