package ai.pyromind.pyro.cli.inference;

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

/**
 * {@code pyro inference logs}: the job's log, or with {@code -f} every new line until the job ends.
 */
@Command(
    name = "logs",
    description =
        "Print a job's log; with -f follow it until the job ends (0 on success, 7 on failure).",
    footer = {
      "",
      "Examples:",
      "  pyro inference logs inf_200003 --tail 50",
      "  pyro inference logs inf_200003 -f -o json | jq -r .message",
      "  pyro inference logs inf_200003 -f --grep '(?i)error' --since 1h"
    })
public final class InferenceLogs extends ContextCommand {
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
    LogFollower follower = new LogFollower(ctx, "inference", id, ApiClient.path("inference", id));
    follower.filter(narrow.filter(ctx.now()));
    return follow
        ? follower.follow(tail, Parsers.positiveDuration(interval))
        : follower.print(tail == null ? 100 : tail);
  }
}
