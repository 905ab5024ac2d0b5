package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro emulator}: a local PyroMind. */
@Command(
    name = "emulator",
    description =
        "Run a local PyroMind: the whole API on 127.0.0.1, for trying pyro and testing scripts.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Examples:", "  pyro emulator start --detach", "  pyro -p local sandbox list"})
public final class EmulatorCommand extends GroupCommand {}
