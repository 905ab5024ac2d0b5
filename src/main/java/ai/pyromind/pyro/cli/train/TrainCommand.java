package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro train}: training jobs. */
@Command(
    name = "train",
    aliases = "training",
    description = "Manage training jobs.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro train list --status running",
      "  pyro train get train_300001 --metrics"
    })
public final class TrainCommand extends GroupCommand {}
