package ai.pyromind.pyro.output;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Relative times for people: {@code 3d}, {@code 12s}, {@code in 4d}, {@code 2h ago}. */
public final class Times {
  private Times() {}

  public static Instant parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** How long ago {@code then} was, compactly: {@code 3d}. */
  public static String age(Instant then, Instant now) {
    return compact(Duration.between(then, now).abs());
  }

  /** {@code in 4d} for the future, {@code 2h ago} for the past. */
  public static String relative(Instant then, Instant now) {
    Duration d = Duration.between(now, then);
    return d.isNegative() ? compact(d.abs()) + " ago" : "in " + compact(d);
  }

  /**
   * A duration someone chose, such as a timeout: {@code 200ms} below a second, else {@link
   * #compact}.
   */
  public static String duration(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + "ms" : compact(d);
  }

  /**
   * The largest one or two units: {@code 45s}, {@code 3m}, {@code 2h}, {@code 1h30m}, {@code 4d}.
   */
  public static String compact(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m";
    }
    if (s < 86400) {
      long h = s / 3600;
      long m = (s % 3600) / 60;
      return h < 10 && m > 0 ? h + "h" + m + "m" : h + "h";
    }
    long days = s / 86400;
    return days < 365 ? days + "d" : (days / 365) + "y";
  }
}
