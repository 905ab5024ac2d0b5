package ai.pyromind.pyro.api;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How pyro lets time pass: the pauses between polls and retries, and the bounded waits for a
 * request. Goes with a clock; tests pass one that only moves that clock, so they run in simulated
 * time. The HTTP client's own request timeout is not one of these: it stays real.
 */
public interface Sleeper {
  Sleeper REAL = new Real();

  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits at most {@code limit} for a task's result, as {@link Future#get(long, TimeUnit)}; a
   * simulated sleeper counts a wait that ran out as that much time passed.
   */
  default <T> T await(Future<T> task, Duration limit)
      throws InterruptedException, ExecutionException, TimeoutException {
    return task.get(Math.max(0, limit.toNanos()), TimeUnit.NANOSECONDS);
  }

  /**
   * Sleeps on the thread. A class, not a lambda: the AOT cache does not keep a lambda held in an
   * interface's field, so one was spun at every start.
   */
  final class Real implements Sleeper {
    private Real() {}

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(Math.max(0, duration.toMillis()));
    }
  }
}
