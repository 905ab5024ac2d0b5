package ai.pyromind.pyro.emulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * How to run an emulator.
 *
 * @param dataDir where the journal lives; null keeps state in memory
 * @param clock the wall clock (tests may speed it up)
 * @param capacity the cpu, memory and gpu there are to hand out
 */
public record EmulatorConfig(
    String host,
    int port,
    String token,
    double speed,
    Path dataDir,
    Supplier<Instant> clock,
    Resources capacity) {

  public EmulatorConfig(
      String host, int port, String token, double speed, Path dataDir, Supplier<Instant> clock) {
    this(host, port, token, speed, dataDir, clock, Resources.UNLIMITED);
  }

  public static EmulatorConfig inMemory(String token) {
    return new EmulatorConfig("127.0.0.1", 0, token, 1.0, null, Instant::now);
  }

  public EmulatorConfig withSpeed(double newSpeed) {
    return new EmulatorConfig(host, port, token, newSpeed, dataDir, clock, capacity);
  }

  public EmulatorConfig withDataDir(Path dir) {
    return new EmulatorConfig(host, port, token, speed, dir, clock, capacity);
  }

  public EmulatorConfig withPort(int newPort) {
    return new EmulatorConfig(host, newPort, token, speed, dataDir, clock, capacity);
  }

  public EmulatorConfig withCapacity(Resources limit) {
    return new EmulatorConfig(host, port, token, speed, dataDir, clock, limit);
  }
}
