package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro sandbox}: isolated environments with VNC. */
@Command(
    name = "sandbox",
    aliases = {"sandboxes", "sbx"},
    description = "Manage sandboxes: isolated environments with VNC.",
    subcommands = {
      SandboxList.class,
      SandboxCreate.class,
      SandboxGet.class,
      SandboxDelete.class,
      SandboxAction.class,
      SandboxPower.Start.class,
      SandboxPower.Stop.class,
      SandboxPower.Restart.class,
      SandboxPower.Reboot.class,
      SandboxInstall.class,
      SandboxRun.class,
      SandboxBatch.class,
      SandboxVnc.class,
      SandboxWait.class
    },
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro sandbox list --status running",
      "  pyro sandbox create my-box --type gpu-sandbox --cpu 16 --memory 64 --gpu 4"
    })
public final class SandboxCommand extends GroupCommand {}
