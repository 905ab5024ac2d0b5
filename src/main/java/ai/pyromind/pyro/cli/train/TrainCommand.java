package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro train}: training jobs. */
@Command(
    name = "train",
    aliases = "training",
    description = "Manage training jobs.",
    subcommands = {
      TrainSubmit.class,
      TrainList.class,
      TrainGet.class,
      TrainDelete.class,
      TrainPause.class,
      TrainResume.class,
      TrainWait.class,
      TrainLogs.class,
      TrainWatch.class
    },
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro train list --status running",
      "  pyro train get train_300001 --metrics"
    })
public final class TrainCommand extends GroupCommand {}
