package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.Parsers;
import ai.pyromind.pyro.cli.Validate;
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
      "Examples:",
      "  pyro train logs train_300001 --tail 50",
      "  pyro train logs train_300001 -f -o json | jq -r .message",
      "  pyro train logs train_300001 --since 10m --grep 'loss=' --no-timestamps"
    })
public final class TrainLogs extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new lines until the job ends.")
  boolean follow;

  @Option(
      names = "--tail",
      paramLabel = "N",
      description = "Start with the last N lines (default: 100, or the whole log with -f).")
  Integer tail;

  @Option(
      names = "--interval",
      paramLabel = "DUR",
      defaultValue = "2s",
      description = "How often to poll with -f (default ${DEFAULT-VALUE}).")
  String interval;

  @Mixin LogFilterOptions narrow;

  @Override
  public Integer call() {
    Validate.atLeast("--tail", tail, 1);
    LogFollower follower =
        new LogFollower(ctx, "train", id, ApiClient.path("training", "jobs", id));
    follower.filter(narrow.filter(ctx.now()));
    return follow
        ? follower.follow(tail, Parsers.positiveDuration(interval))
        : follower.print(tail == null ? 100 : tail);
  }
}
