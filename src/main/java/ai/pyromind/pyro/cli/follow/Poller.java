package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * A GET that long-running commands repeat: network failures, 5xx and 429 are waited out with
 * backoff up to a cap (one notice when contact is lost, one when it is back), so an outage of
 * minutes does not end a follow; anything else is thrown. With a {@link Deadline}, no request,
 * retry or pause outlasts it: {@link ServerUnreachable} says for how long the server was silent,
 * {@link Deadline.Reached} that it passed while the server was answering.
 */
public final class Poller {
  static final Duration ERROR_CAP = Duration.ofSeconds(30);
  private static final Duration STALL = Duration.ofSeconds(1);
  private final Context ctx;
  private final Interrupts interrupts;
  private final Backoff backoff;
  private final Deadline deadline;
  private boolean lost;
  private String lastError;
  private boolean answered;
  private long silentSince;

  public Poller(Context ctx, Interrupts interrupts, Duration interval) {
    this(ctx, interrupts, interval, Deadline.none());
  }

  public Poller(Context ctx, Interrupts interrupts, Duration interval, Deadline deadline) {
    this.ctx = ctx;
    this.interrupts = interrupts;
    this.backoff = new Backoff(interval, ERROR_CAP);
    this.deadline = deadline;
  }

  public JsonNode get(String path, Query query) {
    while (true) {
      interrupts.check();
      if (deadline.passed()) {
        throw unreachable();
      }
      if (!lost) {
        silentSince = System.nanoTime();
      }
      try {
        JsonNode data = deadline.call(() -> ctx.api().get(path, query));
        answered = true;
        if (lost) {
          ctx.out().notice("back in contact with the server");
          lost = false;
          lastError = null;
          backoff.reset();
        }
        return data;
      } catch (Deadline.Reached e) {
        throw unreachableOr(e);
      } catch (NetworkException | ApiException e) {
        if (interrupts.requested()) {
          throw new InterruptedByUser();
        }
        if (!isTransient(e)) {
          throw e;
        }
        lastError = e.getMessage();
        if (!lost) {
          ctx.out().notice("lost contact with the server (" + e.getMessage() + "); retrying");
          lost = true;
        }
        interrupts.sleep(deadline.cap(backoff.next()));
      }
    }
  }

  private ServerUnreachable unreachable() {
    return new ServerUnreachable(Duration.ofNanos(System.nanoTime() - silentSince), lastError);
  }

  /**
   * A deadline that passed during a request: the server's fault if it never answered, was already
   * out of reach, or kept this request waiting a second or more; else the poll was just cut short.
   */
  private RuntimeException unreachableOr(Deadline.Reached reached) {
    boolean stalled = System.nanoTime() - silentSince >= STALL.toNanos();
    return !answered || lost || stalled ? unreachable() : reached;
  }

  static boolean isTransient(RuntimeException e) {
    if (e instanceof NetworkException || e instanceof UnexpectedResponseException) {
      return true;
    }
    int status = ((ApiException) e).status();
    return status >= 500 || status == 429 || status == 408;
  }
}
