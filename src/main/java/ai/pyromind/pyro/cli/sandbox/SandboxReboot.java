package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox reboot}: the reboot action. */
@Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
@Command(
    name = "reboot",
    description = "Reboot a sandbox (the reboot action).",
    footer = {"", "Example:", "  pyro sandbox reboot sbx_987654321"})
public final class SandboxReboot extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The sandbox's id or name.")
  String id;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Action timeout in seconds (server default 30).")
  Integer timeout;

  @Override
  public Integer call() {
    return ActionRunner.run(ctx, id, "reboot", null, timeout);
  }
}
