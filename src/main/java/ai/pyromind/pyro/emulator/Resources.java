package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * An amount of cpu, memory and gpu, as a {@code resource_config} gives it; also the limits of
 * {@code --capacity}, where {@link #UNLIMITED} (Long.MAX_VALUE) stands for no limit.
 */
public record Resources(long cpu, long memory, long gpu) {
  static final long NO_LIMIT = Long.MAX_VALUE;
  public static final Resources UNLIMITED = new Resources(NO_LIMIT, NO_LIMIT, NO_LIMIT);
  static final Resources NONE = new Resources(0, 0, 0);
  private static final String[] NAMES = {"cpu", "memory", "gpu"};

  /**
   * Parses {@code cpu=64,memory=256,gpu=8}; a kind left out stays unlimited.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  public static Resources parse(String text) {
    long[] limits = {NO_LIMIT, NO_LIMIT, NO_LIMIT};
    for (String part : text.split(",", -1)) {
      String[] pair = part.trim().split("=", 2);
      int kind = java.util.List.of(NAMES).indexOf(pair[0].trim().toLowerCase(Locale.ROOT));
      if (pair.length != 2 || kind < 0) {
        throw new IllegalArgumentException(
            "--capacity takes cpu=N,memory=N,gpu=N (any of them), not '" + part.trim() + "'");
      }
      try {
        limits[kind] = Long.parseLong(pair[1].trim());
      } catch (NumberFormatException e) {
        limits[kind] = -1;
      }
      if (limits[kind] < 0) {
        throw new IllegalArgumentException(
            "--capacity " + NAMES[kind] + " must be a whole number >= 0, not '" + pair[1] + "'");
      }
    }
    return new Resources(limits[0], limits[1], limits[2]);
  }

  /** The amounts a {@code resource_config} asks for; a kind it leaves out counts as 0. */
  static Resources of(JsonNode config) {
    return new Resources(
        config.path("cpu").asLong(0),
        config.path("memory").asLong(0),
        config.path("gpu").asLong(0));
  }

  long get(int kind) {
    return switch (kind) {
      case 0 -> cpu;
      case 1 -> memory;
      default -> gpu;
    };
  }

  Resources plus(Resources o) {
    return new Resources(cpu + o.cpu, memory + o.memory, gpu + o.gpu);
  }

  public boolean unlimited() {
    return equals(UNLIMITED);
  }

  static String name(int kind) {
    return NAMES[kind];
  }

  static int kinds() {
    return NAMES.length;
  }

  /** {@code cpu=64,memory=256,gpu=8}, leaving out what is unlimited. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int kind = 0; kind < NAMES.length; kind++) {
      if (get(kind) != NO_LIMIT) {
        sb.append(sb.isEmpty() ? "" : ",").append(NAMES[kind]).append('=').append(get(kind));
      }
    }
    return sb.isEmpty() ? "unlimited" : sb.toString();
  }

  ObjectNode json() {
    ObjectNode node = Json.object();
    for (int kind = 0; kind < NAMES.length; kind++) {
      node.put(NAMES[kind], get(kind));
    }
    return node;
  }
}
