package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every job's {@code logs} takes (the job, {@code -f}, {@code --tail}, the follow and filter
 * options) and does with it: print the log's tail, or follow it until the job ends.
 */
public final class LogsOptions {
  /** The description of every {@code logs}. */
  public static final String DESCRIPTION =
      "Print a job's log; with -f follow it until the job ends (0 on success, 7 on failure).";

  /** The lines of every {@code logs}' help on how a follow ends (annotations take constants). */
  public static final String FOLLOWING_1 =
      "With -f and no --timeout, pyro follows until the job ends, however long that takes,";

  public static final String FOLLOWING_2 =
      "and waits out outages of any length; Ctrl-C stops it (130). --timeout DUR stops it";
  public static final String FOLLOWING_3 =
      "after DUR, outages included (8). When the reader of stdout leaves, it stops (141).";

  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(
      names = {"-f", "--follow"},
      description =
          "Keep printing new lines until the job ends, through outages of any length (see"
              + " --timeout); stops when stdout's reader leaves (exit 141).")
  boolean follow;

  @Option(
      names = "--tail",
      paramLabel = "N",
      description = "Start with the last N lines (default: 100, or the whole log with -f).")
  Integer tail;

  @Mixin FollowOptions followOptions;

  @Mixin LogFilterOptions narrow;

  /** Prints or follows the log of the job of this kind. */
  public int run(Context ctx, ResourceKind kind) {
    Validate.atLeast("--tail", tail, 1);
    LogFollower follower = new LogFollower(ctx, kind, id);
    if (!follow && followOptions.timeoutGiven()) {
      throw new UsageException("--timeout applies to a follow: add -f");
    }
    follower.filter(narrow.filter(ctx.now()));
    return follow
        ? follower.follow(tail, followOptions.interval(), followOptions.timeout())
        : follower.print(tail == null ? 100 : tail);
  }
}
