package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.DeleteOptions;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox delete}: DELETE /sandboxes/{id}, for each id given. */
@Drives("DELETE /api/v1/sandboxes/{sandbox_id}")
@Command(
    name = "delete",
    aliases = "rm",
    description = "Delete sandboxes (asks first on a terminal).",
    footer = {
      "",
      "Examples:",
      "  pyro sandbox delete sbx_987654321",
      "  pyro sandbox list --status error -o id \\",
      "      | xargs pyro sandbox delete --force --yes"
    })
public final class SandboxDelete extends ContextCommand {
  @Parameters(arity = "1..*", paramLabel = "ID", description = "The sandboxes' ids or names.")
  List<String> ids;

  @Option(names = "--force", description = "Delete even with running tasks.")
  boolean force;

  @Mixin DeleteOptions delete;

  @Override
  public Integer call() {
    return delete.delete(
        ctx, ResourceKind.SANDBOX, SandboxViews.DELETED, ids, Query.of().flag(Fields.FORCE, force));
  }
}
