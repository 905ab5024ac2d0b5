package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.JobGetOptions;
import ai.pyromind.pyro.output.Section;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro train get}: GET /training/jobs/{id}, optionally with log and metrics. */
@Drives("GET /api/v1/training/jobs/{job_id}")
@Command(
    name = "get",
    description = "Show a training job, with --metrics its latest metrics and with --logs its log.",
    footer = {
      "",
      "Examples:",
      "  pyro train get train_300001 --metrics",
      "  pyro train get train_300001 --logs --log-lines 30"
    })
public final class TrainGet extends ContextCommand {
  @Mixin JobGetOptions job;

  @Option(names = "--metrics", description = "Include the training metrics.")
  boolean metrics;

  @Override
  public Integer call() {
    Query query = job.query().flag("include_metrics", metrics);
    List<Section> sections = new ArrayList<>();
    if (metrics) {
      sections.add(Section.METRICS);
    }
    if (job.withLogs()) {
      sections.add(Section.LOGS);
    }
    ctx.renderer()
        .detail(
            TrainViews.JOB.withSections(sections),
            ctx.api().get(ResourceKind.TRAINING_JOB.item(job.id()), query));
    return ExitCode.OK;
  }
}
