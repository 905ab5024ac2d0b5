package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro train resume}: POST /training/jobs/{id}/resume. */
@Drives("POST /api/v1/training/jobs/{job_id}/resume")
@Command(
    name = "resume",
    description =
        "Resume a paused training job, from a named or the latest checkpoint, optionally with a new learning rate.",
    footer = {
      "",
      "Examples:",
      "  pyro train resume train_300001",
      "  pyro train resume train_300001 \\",
      "      --from-checkpoint pause-checkpoint-epoch-58 --learning-rate 0.0002"
    })
public final class TrainResume extends ContextCommand implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(
      names = "--from-checkpoint",
      paramLabel = "NAME",
      description = "Checkpoint to resume from (default the latest).")
  String fromCheckpoint;

  @Option(
      names = "--learning-rate",
      paramLabel = "X",
      description = "Reset the learning rate to X (sends reset_learning_rate=true).")
  BigDecimal learningRate;

  @Override
  public void preflight() {
    // zero or less is no rate; 1e-99999999 would be written out as a 100 MB query string
    if (learningRate != null
        && (learningRate.compareTo(new BigDecimal("1e100")) > 0
            || learningRate.compareTo(new BigDecimal("1e-100")) < 0)) {
      throw new UsageException("--learning-rate must lie between 1e-100 and 1e100");
    }
  }

  @Override
  public Integer call() {
    Query query =
        Query.of()
            .add("resume_from_checkpoint", fromCheckpoint)
            .add("reset_learning_rate", learningRate == null ? null : "true")
            .add("new_learning_rate", learningRate == null ? null : learningRate.toPlainString());
    JsonNode resumed = ctx.api().post(ResourceKind.TRAINING_JOB.item(id, "resume"), query, null);
    ctx.out()
        .success(
            "resumed "
                + id
                + " from "
                + resumed.path("resumed_from_checkpoint").asText("the latest checkpoint"));
    ctx.renderer().row(TrainViews.RESUMED, resumed);
    return ExitCode.OK;
  }
}
