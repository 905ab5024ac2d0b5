package ai.pyromind.pyro.cli.train;

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

/** {@code pyro train delete}: DELETE /training/jobs/{id}. */
@Drives("DELETE /api/v1/training/jobs/{job_id}")
@Command(
    name = "delete",
    aliases = "rm",
    description = "Delete training jobs (asks first on a terminal).",
    footer = {
      "",
      "Examples:",
      "  pyro train delete train_300001",
      "  pyro train delete train_300001 --force --delete-output --delete-logs --yes"
    })
public final class TrainDelete extends ContextCommand {
  @Parameters(arity = "1..*", paramLabel = "ID", description = "The jobs' ids or names.")
  List<String> ids;

  @Option(names = "--delete-output", description = "Delete trained models and checkpoints too.")
  boolean deleteOutput;

  @Option(names = "--delete-logs", description = "Delete the training logs too.")
  boolean deleteLogs;

  @Option(names = "--force", description = "Delete even a running job (it is stopped).")
  boolean force;

  @Mixin DeleteOptions delete;

  @Override
  public Integer call() {
    Query query =
        Query.of()
            .flag(Fields.DELETE_OUTPUT, deleteOutput)
            .flag("delete_logs", deleteLogs)
            .flag(Fields.FORCE, force);
    return delete.delete(ctx, ResourceKind.TRAINING_JOB, TrainViews.DELETED, ids, query);
  }
}
