package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/**
 * The platform's finite cpu, memory and gpu under {@code --capacity}. What is used is never stored:
 * it is summed from what the world holds right now (pending and running sandboxes, instances and
 * jobs, and sandboxes in error), so a replayed journal gives the same figure.
 */
final class Capacity {
  private final Supplier<Resources> held;
  private final Resources limit;
  private boolean enforced;

  Capacity(Supplier<Resources> held, Resources limit) {
    this.held = held;
    this.limit = limit;
  }

  /** On for a change a request makes now; off while the journal replays what was acknowledged. */
  void enforce(boolean on) {
    this.enforced = on;
  }

  /**
   * Takes {@code wanted} in place of {@code released} (what the same thing holds now), or answers
   * the document's 500 with {@code message}. Only a kind that grows must fit, so shrinking never
   * fails, even when a restart with a smaller capacity left more in use than there is.
   */
  void claim(Resources wanted, Resources released, String message) {
    if (!enforced || limit.unlimited()) {
      return;
    }
    Resources used = held.get();
    for (int kind = 0; kind < Resources.kinds(); kind++) {
      long grows = wanted.get(kind) - released.get(kind);
      if (grows > 0 && used.get(kind) + grows > limit.get(kind)) {
        throw new EmulatorError(500, message);
      }
    }
  }

  /** Per kind: limit (null when unlimited), used and free (null when unlimited). */
  ObjectNode report() {
    Resources used = held.get();
    ObjectNode report = Json.object();
    for (int kind = 0; kind < Resources.kinds(); kind++) {
      ObjectNode one = report.putObject(Resources.name(kind));
      long max = limit.get(kind);
      boolean unlimited = max == Resources.NO_LIMIT;
      if (unlimited) {
        one.putNull("limit");
      } else {
        one.put("limit", max);
      }
      one.put("used", used.get(kind));
      if (unlimited) {
        one.putNull("free");
      } else {
        one.put("free", Math.max(0, max - used.get(kind)));
      }
    }
    return report;
  }
}
