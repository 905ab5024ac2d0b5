package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.NotifyOptions;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --interval} and {@code --timeout} of {@code logs -f} and {@code watch}. */
public final class FollowOptions implements Preflight {
  @Mixin NotifyOptions notify;

  @Option(
      names = "--interval",
      paramLabel = "DUR",
      defaultValue = "2s",
      description = "How often to poll (default ${DEFAULT-VALUE}).")
  String interval;

  @Option(
      names = "--timeout",
      paramLabel = "DUR",
      description =
          "Stop after this long, outages included (exit 8). Without it: until the job ends,"
              + " through outages of any length.")
  String timeout;

  public Duration interval() {
    return Parsers.positiveDuration("--interval", interval);
  }

  /** The timeout, or null for none. */
  public Duration timeout() {
    if (timeout == null) {
      return null;
    }
    Duration d = Parsers.duration("--timeout", timeout);
    return d.isZero() ? null : d;
  }

  public boolean timeoutGiven() {
    return timeout != null;
  }

  @Override
  public void preflight() {
    interval();
    timeout();
  }
}
