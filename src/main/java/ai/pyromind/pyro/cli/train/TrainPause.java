package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro train pause}: POST /training/jobs/{id}/pause. */
@Drives("POST /api/v1/training/jobs/{job_id}/pause")
@Command(
    name = "pause",
    description = "Pause a running training job, saving a checkpoint unless --no-checkpoint.",
    footer = {
      "",
      "Examples:",
      "  pyro train pause train_300001 --checkpoint-name before-lr-change",
      "  pyro train pause train_300001 --no-checkpoint"
    })
public final class TrainPause extends ContextCommand implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(
      names = "--checkpoint-name",
      paramLabel = "NAME",
      description = "Name the checkpoint (default generated).")
  String checkpointName;

  @Option(names = "--no-checkpoint", description = "Pause without saving a checkpoint.")
  boolean noCheckpoint;

  @Override
  public void preflight() {
    if (noCheckpoint && checkpointName != null) {
      throw new UsageException("--checkpoint-name and --no-checkpoint cannot be used together");
    }
    if (checkpointName != null && checkpointName.isBlank()) {
      throw new UsageException("--checkpoint-name must not be empty");
    }
  }

  @Override
  public Integer call() {
    Query query =
        Query.of()
            .add("save_checkpoint", noCheckpoint ? "false" : null)
            .add("checkpoint_name", checkpointName);
    JsonNode paused = ctx.api().post(ResourceKind.TRAINING_JOB.item(id, "pause"), query, null);
    String where =
        paused.path("checkpoint_name").isTextual()
            ? " (checkpoint " + paused.path("checkpoint_name").asText() + ")"
            : "";
    ctx.out()
        .success("paused " + id + " at epoch " + paused.path("current_epoch").asText("?") + where);
    ctx.renderer().row(TrainViews.PAUSED, paused);
    return ExitCode.OK;
  }
}
