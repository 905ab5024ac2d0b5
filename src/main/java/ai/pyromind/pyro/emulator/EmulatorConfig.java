package ai.pyromind.pyro.emulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How to run an emulator.
 *
 * @param dataDir where the journal lives; null keeps state in memory
 * @param clock the wall clock (tests may speed it up)
 * @param capacity the cpu, memory and gpu there are to hand out
 * @param problems told, in one line, of what the emulator cannot recover from while it serves
 */
public record EmulatorConfig(
    String host,
    int port,
    String token,
    double speed,
    Path dataDir,
    Supplier<Instant> clock,
    Resources capacity,
    Consumer<String> problems) {

  public EmulatorConfig(
      String host, int port, String token, double speed, Path dataDir, Supplier<Instant> clock) {
    this(host, port, token, speed, dataDir, clock, Resources.UNLIMITED, problem -> {});
  }
}
