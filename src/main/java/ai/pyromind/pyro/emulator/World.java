package ai.pyromind.pyro.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * All emulated state. Every change arrives as a mutation (an operation with its time and every
 * value it generated), so replaying the journal of mutations rebuilds the same state.
 */
final class World {
  final SandboxService sandboxes;
  final InstanceService instances;
  final InferenceService inference;
  final TrainingService training;
  final Capacity capacity;

  /**
   * Marks a mutation built from a request now, as opposed to one replayed from the journal: only
   * such a one must fit the capacity. {@link #apply} removes it before the journal sees it, so a
   * restart never refuses what was acknowledged, whatever its {@code --capacity}.
   */
  static final String LIVE = "_live";

  /** The time the world was last moved on to. */
  Instant now = Instant.EPOCH;

  World(Timing timing, String baseUrl, Resources limit) {
    capacity = new Capacity(this::held, limit);
    sandboxes = new SandboxService(timing, capacity);
    instances = new InstanceService(timing, baseUrl, capacity);
    inference = new InferenceService(timing, baseUrl, capacity);
    training = new TrainingService(timing, baseUrl, capacity);
  }

  private Resources held() {
    return sandboxes.held().plus(instances.held()).plus(inference.held()).plus(training.held());
  }

  /** Moves simulated time on to {@code now}: starts, epochs, progress, expiry. */
  void advance(Instant now) {
    if (now.isAfter(this.now)) {
      this.now = now;
    }
    sandboxes.advance(now);
    instances.advance(now);
    inference.advance(now);
    training.advance(now);
  }

  /** Applies one mutation at its own time; a rule it breaks throws and changes nothing. */
  Reply apply(ObjectNode m) {
    Instant at = Instant.parse(m.path("at").asText());
    advance(at);
    capacity.enforce(m.remove(LIVE) != null);
    try {
      return dispatch(m, at);
    } finally {
      capacity.enforce(false);
    }
  }

  private Reply dispatch(ObjectNode m, Instant at) {
    return switch (m.path("op").asText()) {
      case "sandbox.create" -> sandboxes.create(m, at);
      case "sandbox.delete" -> sandboxes.delete(m, at);
      case "sandbox.action" -> sandboxes.action(m, at);
      case "sandbox.batch" -> sandboxes.batch(m, at);
      case "sandbox.vnc_refresh" -> sandboxes.refreshVnc(m, at);
      case "instance.create" -> instances.create(m, at);
      case "instance.edit" -> instances.edit(m, at);
      case "instance.delete" -> instances.delete(m, at);
      case "instance.pause" -> instances.pause(m, at);
      case "instance.resume" -> instances.resume(m, at);
      case "inference.create" -> inference.create(m, at);
      case "inference.delete" -> inference.delete(m, at);
      case "training.submit" -> training.submit(m, at);
      case "training.delete" -> training.delete(m, at);
      case "training.pause" -> training.pause(m, at);
      case "training.resume" -> training.resume(m, at);
      default -> throw new IllegalArgumentException("unknown operation " + m.path("op").asText());
    };
  }
}
