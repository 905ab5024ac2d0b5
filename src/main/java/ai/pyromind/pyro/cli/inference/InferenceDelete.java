package ai.pyromind.pyro.cli.inference;

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

/** {@code pyro inference delete}: DELETE /inference/{id}. */
@Drives("DELETE /api/v1/inference/{job_id}")
@Command(
    name = "delete",
    aliases = "rm",
    description = "Delete inference jobs (asks first on a terminal).",
    footer = {
      "",
      "Examples:",
      "  pyro inference delete inf_200003",
      "  pyro inference delete inf_200003 --force --delete-output --yes"
    })
public final class InferenceDelete extends ContextCommand {
  @Parameters(arity = "1..*", paramLabel = "ID", description = "The jobs' ids or names.")
  List<String> ids;

  @Option(names = "--delete-output", description = "Delete the results too.")
  boolean deleteOutput;

  @Option(names = "--force", description = "Delete even a running job (it is stopped).")
  boolean force;

  @Mixin DeleteOptions delete;

  @Override
  public Integer call() {
    Query query = Query.of().flag(Fields.DELETE_OUTPUT, deleteOutput).flag(Fields.FORCE, force);
    return delete.delete(ctx, ResourceKind.INFERENCE_JOB, InferenceViews.DELETED, ids, query);
  }
}
