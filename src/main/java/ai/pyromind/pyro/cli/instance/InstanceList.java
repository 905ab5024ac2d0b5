package ai.pyromind.pyro.cli.instance;

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

/** {@code pyro instance list}: GET /instances. */
@Drives("GET /api/v1/instances")
@Command(
    name = "list",
    aliases = "ls",
    description = "List instances.",
    footer = {
      "",
      "Examples:",
      "  pyro instance list --status paused",
      "  pyro instance list --resource-type gpu --all -o json",
      "  pyro instance list --all --sort-by .expire_time"
    })
public final class InstanceList extends ContextCommand {
  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only instances with this status: running, paused, stopped, error.")
  String status;

  @Option(
      names = "--resource-type",
      paramLabel = "TYPE",
      description = "Only cpu or gpu instances.")
  String resourceType;

  @Mixin ListOptions paging;

  @Override
  public Integer call() {
    Validate.oneOf("--status", status, ResourceKind.INSTANCE.statuses());
    Validate.oneOf("--resource-type", resourceType, "cpu", "gpu");
    return new Lister(ctx)
        .list(
            ResourceKind.INSTANCE,
            () -> Query.of().add(Fields.STATUS, status).add("resource_type", resourceType),
            InstanceViews.INSTANCE,
            paging);
  }
}
