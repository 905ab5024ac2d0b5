package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.follow.WaitCommands;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pyro train wait}: polls until a state is reached (0), cannot come (7), or time runs out
 * (8).
 */
@Command(
    name = "wait",
    description =
        "Wait until the train is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.",
    footer = {
      "",
      "Examples:",
      "  pyro train wait train_300001",
      "  pyro train wait train_300001 --for deleted --timeout 10m"
    })
public final class TrainWait extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(
      names = "--for",
      paramLabel = "STATE",
      defaultValue = "success",
      description =
          "The state to wait for: pending, running, success, failed, canceled, paused, deleted (default ${DEFAULT-VALUE}).")
  String state;

  @Mixin WaitOptions options;

  @Override
  public Integer call() {
    return WaitCommands.waitFor(ctx, ResourceKind.TRAINING_JOB, id, state, options, TrainViews.JOB);
  }
}
