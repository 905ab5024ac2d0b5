package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import ai.pyromind.pyro.cli.cmdutil.Words;
import ai.pyromind.pyro.output.DisplayWidth;
import ai.pyromind.pyro.output.Sanitizer;
import ai.pyromind.pyro.output.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls a resource with backoff until it reaches a state (0), reaches a state from which the wanted
 * one cannot come (7), or the timeout passes (8), outages and the HTTP client's retries included.
 * Progress goes to stderr on a terminal.
 */
public final class Waiter {
  private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
  private final Context ctx;
  private final String id;
  private final String path;
  private JsonNode last;

  /** The resource's id and API path, e.g. {@code /sandboxes/sbx_1}. */
  public Waiter(Context ctx, String id, String path) {
    this.ctx = ctx;
    this.id = id;
    this.path = path;
  }

  /** The resource as last seen, or null if it never was. */
  public JsonNode last() {
    return last;
  }

  /**
   * @param timeout null for no limit
   * @param reattach the command that waits again, shown after Ctrl-C
   */
  public int await(StateRule rule, Duration timeout, Duration interval, String reattach) {
    Interrupts interrupts = Interrupts.install(ctx.env().sleeper());
    Deadline deadline = Deadline.after(timeout, ctx.env());
    Poller poller = new Poller(ctx, interrupts, interval, deadline);
    Backoff pacing = new Backoff(interval, pollCap(interval));
    Instant started = ctx.now();
    String status = null;
    int frame = 0;
    try {
      while (true) {
        try {
          last = poller.get(path, null);
          status = last.path("status").asText();
        } catch (ApiException e) {
          if (e.status() != 404 || last == null && !rule.wanted().equals(StateRule.DELETED)) {
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
              .error(
                  id + " " + Words.state(status) + "; it can no longer reach " + rule.wanted(),
                  ExitCode.ENDED_BADLY,
                  id);
          return ExitCode.ENDED_BADLY;
        }
        if (!deadline.passed()) {
          progress(
              SPINNER.charAt(frame++ % SPINNER.length())
                  + " waiting for "
                  + id
                  + " to reach "
                  + rule.wanted()
                  + " ("
                  + status
                  + ") "
                  + Times.compact(Duration.between(started, ctx.now())));
          interrupts.sleep(deadline.cap(pacing.next()));
        }
        if (deadline.passed()) {
          return timedOut(rule, timeout, " (it is " + status + ")");
        }
      }
    } catch (Deadline.Reached e) {
      return timedOut(rule, timeout, " (it is " + status + ")");
    } catch (ServerUnreachable e) {
      return timedOut(rule, timeout, ": " + e.getMessage());
    } catch (InterruptedByUser e) {
      clearProgress();
      ctx.out()
          .interrupted(
              "stopped waiting; " + id + " is untouched. Wait again with: " + reattach,
              ExitCode.INTERRUPTED,
              id);
      throw e;
    }
  }

  private int timedOut(StateRule rule, Duration timeout, String why) {
    clearProgress();
    ctx.out()
        .error(
            "timed out after "
                + Times.duration(timeout)
                + " waiting for "
                + id
                + " to reach "
                + rule.wanted()
                + why,
            ExitCode.TIMED_OUT,
            id);
    return ExitCode.TIMED_OUT;
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
      // cut in terminal columns: a line that wraps is not cleared by the next "\r\033[K"
      int room = Math.max(10, ctx.out().errWidth() - 1);
      ctx.out().err().print("\r\u001b[K" + DisplayWidth.truncate(Sanitizer.line(line), room, ""));
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
