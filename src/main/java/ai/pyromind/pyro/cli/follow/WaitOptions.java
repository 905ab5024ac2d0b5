package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.Parsers;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --timeout} and {@code --interval} of every wait. */
public final class WaitOptions {
  @Option(
      names = "--timeout",
      paramLabel = "DUR",
      description =
          "Give up after this long, outages and retries included (exit 8); default"
              + " ${DEFAULT-VALUE}, 0 for never.",
      defaultValue = "30m")
  String timeout;

  @Option(
      names = "--interval",
      paramLabel = "DUR",
      description = "First poll interval; polls slow down from it (default ${DEFAULT-VALUE}).",
      defaultValue = "2s")
  String interval;

  /** The timeout, or null for none. */
  public Duration timeout() {
    Duration d = Parsers.duration(timeout);
    return d.isZero() ? null : d;
  }

  public Duration interval() {
    return Parsers.positiveDuration(interval);
  }
}
