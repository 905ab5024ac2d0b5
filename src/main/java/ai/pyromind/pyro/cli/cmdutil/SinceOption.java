package ai.pyromind.pyro.cli.cmdutil;

import picocli.CommandLine.Option;

/** {@code --since} of the job lists: only jobs started since a time. */
public final class SinceOption {
  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "Only jobs started since: ISO-8601 instant, or -7d, -36h.")
  String since;

  /** The {@code start_time} filter, or null for none; a bad time is a usage error. */
  public String startTime(Context ctx) {
    return since == null ? null : Parsers.time(since, ctx.now()).toString();
  }
}
