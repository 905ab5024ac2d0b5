package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox stop}: the stop action. */
@Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
@Command(
    name = "stop",
    description = "Stop a sandbox (the stop action).",
    footer = {"", "Example:", "  pyro sandbox stop sbx_987654321"})
public final class SandboxStop extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The sandbox's id or name.")
  String id;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Action timeout in seconds (server default 30).")
  Integer timeout;

  @Override
  public Integer call() {
    return ActionRunner.run(ctx, id, "stop", null, timeout);
  }
}
