package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Sleeper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What pyro reads from the world around it: environment variables, stdin, whether stdout and stdin
 * are terminals, the clock and the sleeper every wait and pause goes through, the terminal width
 * and a prompter. Tests build their own, with simulated time where they wait.
 */
public record Env(
    Map<String, String> vars,
    InputStream stdin,
    boolean stdoutTerminal,
    boolean stdinTerminal,
    boolean stderrTerminal,
    Supplier<Instant> clock,
    Sleeper sleeper,
    IntSupplier terminalWidth,
    Prompter prompter) {

  public static Env system() {
    return new Env(
        System.getenv(),
        new GivenStdin(System.in),
        isTerminal(1),
        isTerminal(0),
        isTerminal(2),
        monotonicClock(),
        Sleeper.REAL,
        Env::systemTerminalWidth,
        new JLinePrompter());
  }

  /**
   * The wall-clock time at start-up moved on by the monotonic clock, so that a deadline measured on
   * it does not jump when the system clock is set.
   */
  static Supplier<Instant> monotonicClock() {
    Instant start = Instant.now();
    long startNanos = System.nanoTime();
    return () -> start.plusNanos(System.nanoTime() - startNanos);
  }

  public String var(String name) {
    String value = vars.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * Whether a standard stream is a terminal. {@code System.console()} is null as soon as either
   * stdin or stdout is redirected, so on Linux each descriptor is checked on its own.
   */
  public static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (Exception e) {
        return false;
      }
    }
    return System.console() != null;
  }

  private static int systemTerminalWidth() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{1,4}")) {
      return Integer.parseInt(columns);
    }
    try {
      ProcessBuilder builder =
          new ProcessBuilder("stty", "size")
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().keySet().removeIf(ChildEnvironment::isSecret);
      Process stty = builder.start();
      String out = new String(stty.getInputStream().readAllBytes()).trim();
      stty.waitFor();
      String[] parts = out.split("\\s+");
      if (parts.length == 2 && parts[1].matches("\\d{1,4}")) {
        return Integer.parseInt(parts[1]);
      }
    } catch (Exception e) {
      // no terminal to ask: use the default below
    }
    return 80;
  }
}
