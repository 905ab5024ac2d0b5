package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro instance}: JupyterLab-style workspaces. */
@Command(
    name = "instance",
    aliases = {"instances", "inst"},
    description = "Manage instances: JupyterLab-style workspaces.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro instance list --status running",
      "  pyro instance create lab --resource-type gpu --cpu 16 --memory 64 --gpu 4"
    })
public final class InstanceCommand extends GroupCommand {}
