package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro inference}: batch inference jobs. */
@Command(
    name = "inference",
    aliases = "inf",
    description = "Manage batch inference jobs.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro inference list --status running",
      "  pyro inference get inf_200003 --logs --log-lines 50"
    })
public final class InferenceCommand extends GroupCommand {}
