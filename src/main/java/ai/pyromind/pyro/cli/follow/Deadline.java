package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.Sleeper;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The end of a {@code --timeout}: a bound on everything a long-running command does, requests, the
 * HTTP client's own retries and pauses included, measured on the {@link Env}'s clock.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(null, null, null, null);
  private final Duration limit;
  private final Instant end;
  private final Supplier<Instant> clock;
  private final Sleeper sleeper;

  private Deadline(Duration limit, Instant end, Supplier<Instant> clock, Sleeper sleeper) {
    this.limit = limit;
    this.end = end;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** A deadline this long from now on the env's clock; null for none. */
  public static Deadline after(Duration limit, Env env) {
    return limit == null
        ? NONE
        : new Deadline(limit, env.clock().get().plus(limit), env.clock(), env.sleeper());
  }

  public static Deadline none() {
    return NONE;
  }

  /** The limit it was made with, or null. */
  public Duration limit() {
    return limit;
  }

  public boolean passed() {
    return limit != null && !clock.get().isBefore(end);
  }

  /** A pause shortened so as not to pass the deadline. */
  public Duration cap(Duration pause) {
    if (limit == null) {
      return pause;
    }
    Duration left = left();
    return pause.compareTo(left) > 0 ? left : pause;
  }

  /** A time, or the deadline's end if that comes first: how far a call abandoned at it got. */
  public Instant cut(Instant time) {
    return end != null && time.isAfter(end) ? end : time;
  }

  private Duration left() {
    Duration left = Duration.between(clock.get(), end);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Thrown by {@link #call} when the deadline passes before the call returns. */
  public static final class Reached extends RuntimeException {
    Reached() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs a call, abandoning it (its thread is interrupted) when the deadline passes or Ctrl-C
   * comes; a call that comes back after the deadline (its retries' pauses took the time) counts as
   * abandoned too. Without a deadline it runs on the calling thread.
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
      T result = sleeper.await(task, left());
      if (passed()) {
        throw new Reached();
      }
      return result;
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new Reached();
    } catch (InterruptedException e) {
      task.cancel(true);
      throw new InterruptedByUser();
    } catch (ExecutionException e) {
      if (passed()) {
        throw new Reached();
      }
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
