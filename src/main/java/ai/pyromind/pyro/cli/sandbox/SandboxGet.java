package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox get}: GET /sandboxes/{id}. */
@Drives("GET /api/v1/sandboxes/{sandbox_id}")
@Command(
    name = "get",
    description = "Show one sandbox.",
    footer = {
      "",
      "Examples:",
      "  pyro sandbox get sbx_987654321",
      "  pyro sandbox get sbx_987654321 -o json",
      "  pyro sandbox get My-GPU-Sandbox-2024     # a name works wherever an id goes"
    })
public final class SandboxGet extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The sandbox's id or name.")
  String id;

  @Override
  public Integer call() {
    ctx.renderer().detail(SandboxViews.SANDBOX, ctx.api().get(ResourceKind.SANDBOX.item(id), null));
    return ExitCode.OK;
  }
}
