package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.NotifyOptions;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --timeout} and {@code --interval} of every wait. */
public final class WaitOptions implements Preflight {
  @Mixin NotifyOptions notify;

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
    Duration d = Parsers.duration("--timeout", timeout);
    return d.isZero() ? null : d;
  }

  public Duration interval() {
    return Parsers.positiveDuration("--interval", interval);
  }

  @Override
  public void preflight() {
    timeout();
    interval();
  }
}
