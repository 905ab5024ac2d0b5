package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import java.time.Duration;
import sun.misc.Signal;

/**
 * Ctrl-C during long-running work: the first SIGINT stops polling at once (the thread is
 * interrupted) instead of killing the JVM, so the command can restore the terminal, say how to
 * reattach and exit 130.
 */
public final class Interrupts {
  private final Thread worker;
  private volatile boolean requested;

  private Interrupts(Thread worker) {
    this.worker = worker;
  }

  /** Handles SIGINT for the calling thread from now on. */
  public static Interrupts install() {
    Interrupts interrupts = new Interrupts(Thread.currentThread());
    try {
      Signal.handle(new Signal("INT"), signal -> interrupts.request());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no signal handling here (e.g. the JVM was started with -Xrs): Ctrl-C ends the process
    }
    return interrupts;
  }

  /** For tests and for a key such as Ctrl-C read in raw mode. */
  public void request() {
    requested = true;
    worker.interrupt();
  }

  public boolean requested() {
    return requested || worker.isInterrupted();
  }

  /** Sleeps, or throws {@link InterruptedByUser} when Ctrl-C comes. */
  public void sleep(Duration duration) {
    if (requested()) {
      throw new InterruptedByUser();
    }
    try {
      Thread.sleep(Math.max(0, duration.toMillis()));
    } catch (InterruptedException e) {
      throw new InterruptedByUser();
    }
  }

  /** Throws {@link InterruptedByUser} if Ctrl-C came. */
  public void check() {
    if (requested()) {
      throw new InterruptedByUser();
    }
  }
}
