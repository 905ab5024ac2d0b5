package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ListOptions;
import ai.pyromind.pyro.cli.cmdutil.Lister;
import ai.pyromind.pyro.cli.cmdutil.SinceOption;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro inference list}: GET /inference. */
@Drives("GET /api/v1/inference")
@Command(
    name = "list",
    aliases = "ls",
    description = "List inference jobs.",
    footer = {
      "",
      "Examples:",
      "  pyro inference list --status failed --since -7d",
      "  pyro inference list --model-type rl --all -o id",
      "  pyro inference list --sort-by .progress -o custom-columns=ID:.job_id"
    })
public final class InferenceList extends ContextCommand {
  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only jobs with this status: pending, running, success, failed.")
  String status;

  @Option(
      names = "--model-type",
      paramLabel = "TYPE",
      description = "Only jobs of this model type: rl, nlp, cv.")
  String modelType;

  @Mixin SinceOption since;

  @Mixin ListOptions paging;

  @Override
  public Integer call() {
    Validate.oneOf("--status", status, ResourceKind.INFERENCE_JOB.statuses());
    Validate.oneOf("--model-type", modelType, "rl", "nlp", "cv");
    String startTime = since.startTime(ctx);
    return new Lister(ctx)
        .list(
            ResourceKind.INFERENCE_JOB,
            () ->
                Query.of()
                    .add(Fields.STATUS, status)
                    .add("model_type", modelType)
                    .add("start_time", startTime),
            InferenceViews.JOB,
            paging);
  }
}
