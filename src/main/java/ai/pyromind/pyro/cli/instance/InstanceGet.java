package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro instance get}: GET /instances/{id}. */
@Drives("GET /api/v1/instances/{instance_id}")
@Command(
    name = "get",
    description = "Show one instance: resources, usage, workspace and recent log.",
    footer = {
      "",
      "Examples:",
      "  pyro instance get jp_100003",
      "  pyro instance get jp_100003 --jq .access_url"
    })
public final class InstanceGet extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Override
  public Integer call() {
    ctx.renderer()
        .detail(InstanceViews.INSTANCE, ctx.api().get(ResourceKind.INSTANCE.item(id), null));
    return ExitCode.OK;
  }
}
