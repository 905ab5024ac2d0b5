package ai.pyromind.pyro.cli.train;

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

/** {@code pyro train list}: GET /training/jobs. */
@Drives("GET /api/v1/training/jobs")
@Command(
    name = "list",
    aliases = "ls",
    description = "List training jobs.",
    footer = {
      "",
      "Examples:",
      "  pyro train list --status running --framework pytorch",
      "  pyro train list --all --jq '[.[] | select(.progress > 50) | .job_id]'",
      "  pyro train list --sort-by .create_time -o custom-columns=ID:.job_id"
    })
public final class TrainList extends ContextCommand {
  public static final String[] FRAMEWORKS = {"pytorch", "tensorflow", "ray"};

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description =
          "Only jobs with this status: pending, running, success, failed, canceled, paused.")
  String status;

  @Option(
      names = "--framework",
      paramLabel = "FW",
      description = "Only jobs of this framework: pytorch, tensorflow, ray.")
  String framework;

  @Mixin SinceOption since;

  @Mixin ListOptions paging;

  @Override
  public Integer call() {
    Validate.oneOf("--status", status, ResourceKind.TRAINING_JOB.statuses());
    Validate.oneOf("--framework", framework, FRAMEWORKS);
    String startTime = since.startTime(ctx);
    return new Lister(ctx)
        .list(
            ResourceKind.TRAINING_JOB,
            () ->
                Query.of()
                    .add(Fields.STATUS, status)
                    .add("training_framework", framework)
                    .add("start_time", startTime),
            TrainViews.JOB,
            paging);
  }
}
