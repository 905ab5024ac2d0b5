package ai.pyromind.pyro.cli.follow;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Waits that double from a first interval up to a cap, with a little jitter so clients spread. */
public final class Backoff {
  private final Duration initial;
  private final Duration cap;
  private Duration current;

  public Backoff(Duration initial, Duration cap) {
    this.initial = initial;
    this.cap = cap.compareTo(initial) < 0 ? initial : cap;
    this.current = initial;
  }

  /** The next wait; each call doubles the one after, up to the cap. */
  public Duration next() {
    Duration wait = current;
    Duration doubled = current.multipliedBy(2);
    current = doubled.compareTo(cap) > 0 ? cap : doubled;
    long jitter = wait.toMillis() / 10;
    return jitter > 0
        ? wait.plusMillis(ThreadLocalRandom.current().nextLong(-jitter, jitter + 1))
        : wait;
  }

  public void reset() {
    current = initial;
  }
}
