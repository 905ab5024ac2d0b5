package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The end of a {@code --timeout}: a bound on everything a long-running command does, requests, the
 * HTTP client's own retries and pauses included, measured on the monotonic clock.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(null, 0);
  private final Duration limit;
  private final long end;

  private Deadline(Duration limit, long end) {
    this.limit = limit;
    this.end = end;
  }

  /** A deadline this long from now; null for none. */
  public static Deadline after(Duration limit) {
    return limit == null ? NONE : new Deadline(limit, System.nanoTime() + limit.toNanos());
  }

  public static Deadline none() {
    return NONE;
  }

  /** The limit it was made with, or null. */
  public Duration limit() {
    return limit;
  }

  public boolean passed() {
    return limit != null && end - System.nanoTime() <= 0;
  }

  /** A pause shortened so as not to pass the deadline. */
  public Duration cap(Duration pause) {
    if (limit == null) {
      return pause;
    }
    Duration left = Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    return pause.compareTo(left) > 0 ? left : pause;
  }

  /** Thrown by {@link #call} when the deadline passes before the call returns. */
  public static final class Reached extends RuntimeException {
    Reached() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs a call, abandoning it (its thread is interrupted) when the deadline passes or Ctrl-C
   * comes. Without a deadline it runs on the calling thread.
   */
  public <T> T call(Supplier<T> call) {
    if (limit == null) {
      return call.get();
    }
    FutureTask<T> task = new FutureTask<>(call::get);
    Thread thread = new Thread(task, "pyro-request");
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new Reached();
    } catch (InterruptedException e) {
      task.cancel(true);
      throw new InterruptedByUser();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
