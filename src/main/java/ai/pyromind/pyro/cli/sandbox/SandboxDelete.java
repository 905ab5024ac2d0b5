package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Deleter;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import java.util.List;
import picocli.CommandLine.Command;
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

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  boolean yes;

  @Override
  public Integer call() {
    return new Deleter(ctx, "sandbox", id -> ApiClient.path("sandboxes", id), SandboxViews.DELETED)
        .delete(ids, Query.of().flag("force", force), yes);
  }
}
