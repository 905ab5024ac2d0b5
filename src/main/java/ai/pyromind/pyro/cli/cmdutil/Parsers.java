package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the value syntaxes of CLI.md: durations, times, typed KEY=VALUE, WxH, names. */
public final class Parsers {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|d|h|m|s)");
  private static final java.util.List<String> UNITS = java.util.List.of("d", "h", "m", "s", "ms");
  private static final Pattern RESOLUTION = Pattern.compile("(\\d{1,5})[xX](\\d{1,5})");

  /** A number as JSON writes it: no leading zero, no "+", digits on both sides of a ".". */
  private static final Pattern INTEGER = Pattern.compile("-?[1-9]\\d{0,17}|0");

  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

  private Parsers() {}

  /**
   * The longest duration taken: far past any real wait or lifetime, far below what clocks and
   * timers can add (a few hundred years of nanoseconds).
   */
  private static final Duration LONGEST = Duration.ofDays(36500);

  /**
   * {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 7d}, or ISO-8601 such as {@code PT48H}; at most
   * a hundred years.
   */
  public static Duration duration(String text) {
    Duration parsed = anyDuration(text);
    if (parsed.compareTo(LONGEST) > 0) {
      throw new UsageException(
          "invalid duration '" + text + "' (at most " + LONGEST.toDays() + "d, a hundred years)");
    }
    return parsed;
  }

  private static Duration anyDuration(String text) {
    String value = text == null ? "" : text.trim();
    if (value.toUpperCase().startsWith("P")) {
      try {
        Duration parsed = Duration.parse(value.toUpperCase());
        return requireNonNegative(parsed, text);
      } catch (DateTimeParseException e) {
        throw badDuration(text);
      }
    }
    Matcher m = SHORT_DURATION.matcher(value);
    Duration total = Duration.ZERO;
    int end = 0;
    String lastUnit = null;
    while (m.find()) {
      if (m.start() != end
          || (lastUnit != null && UNITS.indexOf(m.group(2)) <= UNITS.indexOf(lastUnit))) {
        throw badDuration(text);
      }
      long amount;
      try {
        amount = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        throw badDuration(text);
      }
      if (amount > 1_000_000_000L) {
        throw badDuration(text);
      }
      total =
          total.plus(
              switch (m.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "ms" -> Duration.ofMillis(amount);
                default -> Duration.ofSeconds(amount);
              });
      end = m.end();
      lastUnit = m.group(2);
    }
    if (end == 0 || end != value.length()) {
      throw badDuration(text);
    }
    return total;
  }

  /** {@link #duration(String)} of an option's value; an error names the option. */
  public static Duration duration(String option, String text) {
    try {
      return duration(text);
    } catch (UsageException e) {
      throw named(option, e);
    }
  }

  /** {@link #positiveDuration(String)} of an option's value; an error names the option. */
  public static Duration positiveDuration(String option, String text) {
    try {
      return positiveDuration(text);
    } catch (UsageException e) {
      throw named(option, e);
    }
  }

  /** {@link #futureTime(String, Instant)} of an option's value; an error names the option. */
  public static String futureTime(String option, String text, Instant now) {
    try {
      return futureTime(text, now);
    } catch (UsageException e) {
      throw named(option, e);
    }
  }

  private static UsageException named(String option, UsageException e) {
    String message = e.getMessage();
    return message.startsWith(option) ? e : new UsageException(option + ": " + message);
  }

  /** A duration that must be longer than zero. */
  public static Duration positiveDuration(String text) {
    Duration d = duration(text);
    if (d.isZero()) {
      throw new UsageException("duration must be longer than zero: '" + text + "'");
    }
    return d;
  }

  private static Duration requireNonNegative(Duration d, String text) {
    if (d.isNegative()) {
      throw badDuration(text);
    }
    return d;
  }

  private static UsageException badDuration(String text) {
    return new UsageException(
        "invalid duration '" + text + "' (use e.g. 90s, 5m, 1h30m, 7d or PT48H)");
  }

  /**
   * An ISO-8601 instant, or a time relative to now: {@code +7d}, {@code +36h}. A relative time is
   * cut to whole seconds, as the API document writes times ({@code 2024-01-15T00:00:00Z}): the
   * clock's nanoseconds are no part of what the user asked for.
   */
  public static Instant time(String text, Instant now) {
    String value = text == null ? "" : text.trim();
    if (value.startsWith("+")) {
      return now.plus(duration(value.substring(1))).truncatedTo(ChronoUnit.SECONDS);
    }
    if (value.startsWith("-")) {
      return now.minus(duration(value.substring(1))).truncatedTo(ChronoUnit.SECONDS);
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e2) {
        throw new UsageException(
            "invalid time '"
                + text
                + "' (use an ISO-8601 instant such as 2024-01-15T00:00:00Z,"
                + " or +7d, +36h)");
      }
    }
  }

  /** An {@code --expires} value: a {@link #time} that must lie after {@code now}. */
  public static String futureTime(String text, Instant now) {
    Instant at = time(text, now);
    if (!at.isAfter(now)) {
      throw new UsageException("--expires must be in the future");
    }
    return at.toString();
  }

  /**
   * Types a value as CLI.md says: number, boolean, JSON array/object, else a string. Only a number
   * as JSON writes it is a number, so that it reads back as typed: {@code 007}, {@code +7}, {@code
   * .5} stay strings.
   */
  public static JsonNode typedValue(String raw) {
    if (raw.equals("true") || raw.equals("false")) {
      return Json.NODES.booleanNode(Boolean.parseBoolean(raw));
    }
    if (INTEGER.matcher(raw).matches()) {
      return Json.NODES.numberNode(Long.parseLong(raw));
    }
    if (DECIMAL.matcher(raw).matches()) {
      double value = Double.parseDouble(raw);
      // 1e999 is JSON's syntax, but every reader takes it for infinity (or fails): not sent
      if (Double.isInfinite(value)) {
        throw new UsageException(raw + " is out of range for a number");
      }
      return Json.number(raw, value);
    }
    String trimmed = raw.trim();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      try {
        return Json.parse(trimmed);
      } catch (Exception e) {
        throw new UsageException("invalid JSON value '" + raw + "': " + Json.shortReason(e));
      }
    }
    return Json.NODES.textNode(raw);
  }

  /** Splits {@code KEY=VALUE} and puts the typed value into {@code target}. */
  public static void putKeyValue(ObjectNode target, String pair, String optionName) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new UsageException("invalid " + optionName + " '" + pair + "' (expected KEY=VALUE)");
    }
    String value = pair.substring(eq + 1);
    if (DECIMAL.matcher(value).matches() && Double.isInfinite(Double.parseDouble(value))) {
      throw new UsageException(
          "invalid " + optionName + " '" + pair + "': " + value + " is out of range for a number");
    }
    target.set(pair.substring(0, eq), typedValue(value));
  }

  /** {@code 2560x1440} as {@code {"width":2560,"height":1440}}. */
  public static ObjectNode resolution(String text) {
    Matcher m = RESOLUTION.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new UsageException("invalid resolution '" + text + "' (expected WxH, e.g. 1920x1080)");
    }
    int width = Integer.parseInt(m.group(1));
    int height = Integer.parseInt(m.group(2));
    if (width < 1 || height < 1) {
      throw new UsageException(
          "invalid resolution '" + text + "': width and height must be positive");
    }
    ObjectNode node = Json.object();
    node.put("width", width);
    node.put("height", height);
    return node;
  }

  /** Sandbox names: 3-64 letters, digits, '-' and '_'. */
  public static void checkSandboxName(String name) {
    if (!ResourceKind.SANDBOX.validName(name)) {
      throw new UsageException(
          "invalid sandbox name '"
              + (name == null ? "" : name)
              + "' (3-64 characters: letters, digits, '-', '_')");
    }
  }
}
