package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.follow.LogsOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pyro train logs}: the job's log, or with {@code -f} every new line until the job ends. */
@Command(
    name = "logs",
    description = LogsOptions.DESCRIPTION,
    footer = {
      "",
      LogsOptions.FOLLOWING_1,
      LogsOptions.FOLLOWING_2,
      LogsOptions.FOLLOWING_3,
      "",
      "Examples:",
      "  pyro train logs train_300001 --tail 50",
      "  pyro train logs train_300001 -f -o json | jq -r .message",
      "  pyro train logs train_300001 -f --timeout 2h | grep -m1 'Epoch 3/'",
      "  pyro train logs train_300001 --since 10m --grep 'loss=' --no-timestamps"
    })
public final class TrainLogs extends ContextCommand {
  @Mixin LogsOptions logs;

  @Override
  public Integer call() {
    return logs.run(ctx, ResourceKind.TRAINING_JOB);
  }
}
