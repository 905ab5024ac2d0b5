package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.follow.LogsOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code pyro inference logs}: the job's log, or with {@code -f} every new line until the job ends.
 */
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
      "  pyro inference logs inf_200003 --tail 50",
      "  pyro inference logs inf_200003 -f -o json | jq -r .message",
      "  pyro inference logs inf_200003 -f --timeout 2h | grep -m1 ERROR",
      "  pyro inference logs inf_200003 -f --grep '(?i)error' --since 1h"
    })
public final class InferenceLogs extends ContextCommand {
  @Mixin LogsOptions logs;

  @Override
  public Integer call() {
    return logs.run(ctx, ResourceKind.INFERENCE_JOB);
  }
}
