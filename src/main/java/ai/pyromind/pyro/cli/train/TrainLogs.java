package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.cli.follow.FollowOptions;
import ai.pyromind.pyro.cli.follow.LogFilterOptions;
import ai.pyromind.pyro.cli.follow.LogFollower;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro train logs}: the job's log, or with {@code -f} every new line until the job ends. */
@Command(
    name = "logs",
    description =
        "Print a job's log; with -f follow it until the job ends (0 on success, 7 on failure).",
    footer = {
      "",
      "With -f and no --timeout, pyro follows until the job ends, however long that takes,",
      "and waits out outages of any length; Ctrl-C stops it (130). --timeout DUR stops it",
      "after DUR, outages included (8). When the reader of stdout leaves, it stops (141).",
      "",
      "Examples:",
      "  pyro train logs train_300001 --tail 50",
      "  pyro train logs train_300001 -f -o json | jq -r .message",
      "  pyro train logs train_300001 -f --timeout 2h | grep -m1 'Epoch 3/'",
      "  pyro train logs train_300001 --since 10m --grep 'loss=' --no-timestamps"
    })
public final class TrainLogs extends ContextCommand {
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

  @Override
  public Integer call() {
    Validate.atLeast("--tail", tail, 1);
    LogFollower follower =
        new LogFollower(ctx, "train", id, ApiClient.path("training", "jobs", id));
    if (!follow && followOptions.timeoutGiven()) {
      throw new UsageException("--timeout applies to a follow: add -f");
    }
    follower.filter(narrow.filter(ctx.now()));
    return follow
        ? follower.follow(tail, followOptions.interval(), followOptions.timeout())
        : follower.print(tail == null ? 100 : tail);
  }
}
