package ai.pyromind.pyro.emulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the API document writes them: ISO-8601 to the second, {@code 2024-01-05T13:05:00Z}. */
final class Iso {
  private Iso() {}

  static String of(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
