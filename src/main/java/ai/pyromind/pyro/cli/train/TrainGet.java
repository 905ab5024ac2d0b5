package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.Drives;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.Validate;
import ai.pyromind.pyro.output.Section;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(names = "--logs", description = "Include the job's log.")
  boolean logs;

  @Option(
      names = "--log-lines",
      paramLabel = "N",
      description = "How many of the last log lines (server default 100); implies --logs.")
  Integer logLines;

  @Option(names = "--metrics", description = "Include the training metrics.")
  boolean metrics;

  @Override
  public Integer call() {
    Validate.atLeast("--log-lines", logLines, 1);
    Query query =
        Query.of()
            .flag("include_logs", logs || logLines != null)
            .add("log_lines", logLines)
            .flag("include_metrics", metrics);
    List<Section> sections = new ArrayList<>();
    if (metrics) {
      sections.add(Section.METRICS);
    }
    if (logs || logLines != null) {
      sections.add(Section.LOGS);
    }
    ctx.renderer()
        .detail(
            TrainViews.JOB.withSections(sections),
            ctx.api().get(ResourceKind.TRAINING_JOB.item(id), query));
    return ExitCode.OK;
  }
}
