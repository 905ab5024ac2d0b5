package ai.pyromind.pyro.testing;

import ai.pyromind.pyro.api.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only its sleeper moves: a pause returns at once, having moved the clock on by its
 * length, so waits, backoffs and deadlines run without real sleeps. A bounded wait for a request
 * still waits for real (a stalled server stays stalled) and then counts as that much time passed.
 */
public final class SimulatedTime implements Sleeper {
  private final AtomicReference<Instant> now;
  private final AtomicReference<Duration> slept = new AtomicReference<>(Duration.ZERO);
  private final AtomicInteger pauses = new AtomicInteger();
  private volatile int ctrlCAtPause;

  public SimulatedTime(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public Instant now() {
    return now.get();
  }

  /** All the time pauses and bounded waits have let pass. */
  public Duration slept() {
    return slept.get();
  }

  /**
   * Ctrl-C comes during the n-th pause (1 for the first): the pausing thread is interrupted, as
   * pyro's SIGINT handler does, and no time passes.
   */
  public SimulatedTime ctrlCDuringPause(int n) {
    ctrlCAtPause = n;
    return this;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (pauses.incrementAndGet() == ctrlCAtPause) {
      Thread.currentThread().interrupt();
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    advance(duration);
    Thread.yield();
  }

  @Override
  public <T> T await(Future<T> task, Duration limit)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return Sleeper.super.await(task, limit);
    } catch (TimeoutException e) {
      advance(limit);
      throw e;
    }
  }

  private void advance(Duration duration) {
    Duration step = duration.isNegative() ? Duration.ZERO : duration;
    now.updateAndGet(t -> t.plus(step));
    slept.updateAndGet(d -> d.plus(step));
  }
}
