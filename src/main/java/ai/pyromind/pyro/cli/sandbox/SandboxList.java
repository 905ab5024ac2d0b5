package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ListOptions;
import ai.pyromind.pyro.cli.cmdutil.Lister;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro sandbox list}: GET /sandboxes. */
@Drives("GET /api/v1/sandboxes")
@Command(
    name = "list",
    aliases = "ls",
    description = "List sandboxes.",
    footer = {
      "",
      "Examples:",
      "  pyro sandbox list --status running --type gpu-sandbox",
      "  pyro sandbox list --all -o id | xargs -n1 pyro sandbox get",
      "  pyro sandbox list --all --sort-by .resource_config.gpu",
      "  pyro sandbox list -o custom-columns=NAME:.name,GPU:.resource_config.gpu"
    })
public final class SandboxList extends ContextCommand {
  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only sandboxes with this status: running, stopped, error.")
  String status;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only sandboxes of this type, e.g. gpu-sandbox.")
  String type;

  @Mixin ListOptions paging;

  @Override
  public Integer call() {
    Validate.oneOf("--status", status, ResourceKind.SANDBOX.statuses());
    return new Lister(ctx)
        .list(
            ResourceKind.SANDBOX,
            () -> Query.of().add(Fields.STATUS, status).add("sandbox_type", type),
            SandboxViews.SANDBOX,
            paging);
  }
}
