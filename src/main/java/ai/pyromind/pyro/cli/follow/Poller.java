package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import ai.pyromind.pyro.cli.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * A GET that long-running commands repeat: network failures, 5xx and 429 are waited out with
 * backoff up to a cap (one notice when contact is lost, one when it is back), so an outage of
 * minutes does not end a follow; anything else is thrown.
 */
public final class Poller {
  static final Duration ERROR_CAP = Duration.ofSeconds(30);
  private final Context ctx;
  private final Interrupts interrupts;
  private final Backoff backoff;
  private boolean lost;

  public Poller(Context ctx, Interrupts interrupts, Duration interval) {
    this.ctx = ctx;
    this.interrupts = interrupts;
    this.backoff = new Backoff(interval, ERROR_CAP);
  }

  public JsonNode get(String path, Query query) {
    while (true) {
      interrupts.check();
      try {
        JsonNode data = ctx.api().get(path, query);
        if (lost) {
          ctx.out().notice("back in contact with the server");
          lost = false;
          backoff.reset();
        }
        return data;
      } catch (NetworkException | ApiException e) {
        if (interrupts.requested()) {
          throw new ai.pyromind.pyro.cli.InterruptedByUser();
        }
        if (!isTransient(e)) {
          throw e;
        }
        if (!lost) {
          ctx.out().notice("lost contact with the server (" + e.getMessage() + "); retrying");
          lost = true;
        }
        interrupts.sleep(backoff.next());
      }
    }
  }

  static boolean isTransient(RuntimeException e) {
    if (e instanceof NetworkException || e instanceof UnexpectedResponseException) {
      return true;
    }
    int status = ((ApiException) e).status();
    return status >= 500 || status == 429 || status == 408;
  }
}
