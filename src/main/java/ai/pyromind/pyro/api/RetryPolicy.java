package ai.pyromind.pyro.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a request may be sent again, and how long to wait first: up to {@code maxRetries} times, for
 * requests that are safe to repeat (GET, PUT, DELETE), on a failed connection or 429, 502, 503,
 * 504; a POST only when its connection failed before anything was sent. Waits double from {@link
 * #BASE} with jitter, or follow {@code Retry-After} (seconds or an HTTP date), capped; a {@code
 * Retry-After} that the capped waits cannot reach is not waited for at all.
 */
public record RetryPolicy(int maxRetries) {
  static final Duration BASE = Duration.ofMillis(250);
  static final Duration CAP = Duration.ofSeconds(8);
  static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(30);
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);
  private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE", "HEAD");

  public static final RetryPolicy NONE = new RetryPolicy(0);

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("retries must be at least 0");
    }
  }

  static boolean idempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  boolean retryStatus(String method, int status, int attempt) {
    return attempt < maxRetries && idempotent(method) && RETRYABLE_STATUS.contains(status);
  }

  /**
   * @param beforeSending whether the connection failed before the request went out
   */
  boolean retryFailure(String method, boolean beforeSending, int attempt) {
    return attempt < maxRetries && (beforeSending || idempotent(method));
  }

  /**
   * Whether the server's {@code Retry-After} lies past every wait the retries left could add up to
   * (each capped): then no retry can reach it, and waiting would only delay the error.
   */
  boolean outOfReach(int attempt, Optional<String> retryAfter, Instant now) {
    Optional<Duration> asked = retryAfter.flatMap(value -> parseRetryAfter(value, now));
    long left = Math.max(0, maxRetries - attempt);
    return asked.isPresent() && asked.get().compareTo(RETRY_AFTER_CAP.multipliedBy(left)) > 0;
  }

  /** The wait before retry number {@code attempt + 1}: Retry-After if given, else backoff. */
  Duration delay(int attempt, Optional<String> retryAfter, Instant now) {
    Optional<Duration> asked = retryAfter.flatMap(value -> parseRetryAfter(value, now));
    if (asked.isPresent()) {
      return asked.get().compareTo(RETRY_AFTER_CAP) > 0 ? RETRY_AFTER_CAP : asked.get();
    }
    long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(attempt, 16));
    return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
