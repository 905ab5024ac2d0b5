package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.cli.Context;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.InterruptedByUser;
import ai.pyromind.pyro.cli.Words;
import ai.pyromind.pyro.output.Times;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls a resource with backoff until it reaches a state (0), reaches a state from which the wanted
 * one cannot come (7), or the timeout passes (8). Progress goes to stderr on a terminal.
 */
public final class Waiter {
  private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
  private final Context ctx;
  private final String id;
  private final String path;

  /** The resource's id and API path, e.g. {@code /sandboxes/sbx_1}. */
  public Waiter(Context ctx, String id, String path) {
    this.ctx = ctx;
    this.id = id;
    this.path = path;
  }

  /**
   * @param timeout null for no limit
   * @param reattach the command that waits again, shown after Ctrl-C
   */
  public int await(StateRule rule, Duration timeout, Duration interval, String reattach) {
    Interrupts interrupts = Interrupts.install();
    Poller poller = new Poller(ctx, interrupts, interval);
    Backoff pacing = new Backoff(interval, pollCap(interval));
    Instant started = Instant.now();
    boolean seen = false;
    int frame = 0;
    try {
      while (true) {
        String status;
        try {
          status = poller.get(path, null).path("status").asText();
          seen = true;
        } catch (ApiException e) {
          if (e.status() != 404 || !seen && !rule.wanted().equals(StateRule.DELETED)) {
            throw e;
          }
          status = StateRule.DELETED;
        }
        if (rule.reached(status)) {
          clearProgress();
          ctx.out().success(id + " " + Words.state(status));
          return ExitCode.OK;
        }
        if (rule.hopeless(status) || status.equals(StateRule.DELETED)) {
          clearProgress();
          ctx.out()
              .error(id + " " + Words.state(status) + "; it can no longer reach " + rule.wanted());
          return ExitCode.ENDED_BADLY;
        }
        Duration elapsed = Duration.between(started, Instant.now());
        if (timeout != null && elapsed.compareTo(timeout) >= 0) {
          clearProgress();
          ctx.out()
              .error(
                  "timed out after "
                      + Times.duration(timeout)
                      + " waiting for "
                      + id
                      + " to be "
                      + rule.wanted()
                      + " (it is "
                      + status
                      + ")");
          return ExitCode.TIMED_OUT;
        }
        progress(
            SPINNER.charAt(frame++ % SPINNER.length())
                + " waiting for "
                + id
                + " to be "
                + rule.wanted()
                + " ("
                + status
                + ") "
                + Times.compact(elapsed));
        Duration pause = pacing.next();
        if (timeout != null) {
          Duration left = timeout.minus(elapsed);
          pause = pause.compareTo(left) > 0 ? left : pause;
        }
        interrupts.sleep(pause);
      }
    } catch (InterruptedByUser e) {
      clearProgress();
      ctx.out().notice("stopped waiting; " + id + " is untouched. Wait again with: " + reattach);
      throw e;
    }
  }

  /** Polls slow down from the interval to eight times it, at most 30 s. */
  public static Duration pollCap(Duration interval) {
    Duration eight = interval.multipliedBy(8);
    Duration thirty = Duration.ofSeconds(30);
    return eight.compareTo(thirty) > 0
        ? (interval.compareTo(thirty) > 0 ? interval : thirty)
        : eight;
  }

  private void progress(String line) {
    if (ctx.env().stderrTerminal() && !ctx.out().quiet()) {
      ctx.out().err().print("\r\u001b[K" + line);
      ctx.out().err().flush();
    }
  }

  private void clearProgress() {
    if (ctx.env().stderrTerminal() && !ctx.out().quiet()) {
      ctx.out().err().print("\r\u001b[K");
      ctx.out().err().flush();
    }
  }
}
