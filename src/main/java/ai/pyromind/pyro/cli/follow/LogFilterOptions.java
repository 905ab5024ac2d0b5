package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.output.Times;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Option;

/** {@code --since}, {@code --grep} and {@code --no-timestamps} of {@code logs}. */
public final class LogFilterOptions {
  @Option(
      names = "--since",
      paramLabel = "DUR|TIME",
      description =
          "Only lines from this long ago (10m, 2h) or since an ISO-8601 time; lines without a"
              + " time pass.")
  String since;

  @Option(
      names = "--grep",
      paramLabel = "REGEX",
      description = "Only lines this regular expression finds (Java syntax; (?i) ignores case).")
  String grep;

  @Option(
      names = "--no-timestamps",
      description = "Strip each line's leading time, for tools that add their own.")
  boolean noTimestamps;

  /** The filter these options ask for; a bad time or regex is a usage error (exit 2). */
  public LogFilter filter(Instant now) {
    return new LogFilter(since(now), pattern(), noTimestamps);
  }

  private Instant since(Instant now) {
    if (since == null) {
      return null;
    }
    Instant at = Times.parse(since.trim());
    if (at != null) {
      return at;
    }
    String ago = since.trim().startsWith("-") ? since.trim().substring(1) : since.trim();
    try {
      return now.minus(Parsers.duration(ago));
    } catch (UsageException e) {
      throw new UsageException(
          "invalid --since '"
              + since
              + "' (use a duration such as 10m or 2h, or an ISO-8601 time such as"
              + " 2024-01-15T10:00:00Z)");
    }
  }

  private Pattern pattern() {
    if (grep == null) {
      return null;
    }
    try {
      return Pattern.compile(grep);
    } catch (PatternSyntaxException e) {
      throw new UsageException("invalid --grep regex '" + grep + "': " + e.getDescription());
    }
  }
}
