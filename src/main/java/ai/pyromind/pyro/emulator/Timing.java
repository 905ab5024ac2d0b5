package ai.pyromind.pyro.emulator;

import java.time.Duration;

/** How long simulated things take; {@code --speed} divides every duration. */
record Timing(double speed) {
  static final Duration STARTUP = Duration.ofSeconds(3);
  static final Duration EPOCH = Duration.ofSeconds(2);
  static final Duration INFERENCE_STEP = Duration.ofSeconds(1);

  Timing {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive");
    }
  }

  Duration startup() {
    return scaled(STARTUP);
  }

  Duration epoch() {
    return scaled(EPOCH);
  }

  Duration inferenceStep() {
    return scaled(INFERENCE_STEP);
  }

  /** A real duration the simulation takes for a simulated one. */
  Duration scaled(Duration simulated) {
    return Duration.ofNanos(Math.max(1, (long) (simulated.toNanos() / speed)));
  }
}
