package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.Drives;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.Validate;
import ai.pyromind.pyro.output.Section;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro inference get}: GET /inference/{id}, optionally with its log. */
@Drives("GET /api/v1/inference/{job_id}")
@Command(
    name = "get",
    description =
        "Show an inference job: status, progress, resource usage, and with --logs its log.",
    footer = {
      "",
      "Examples:",
      "  pyro inference get inf_200003",
      "  pyro inference get inf_200003 --logs --log-lines 20"
    })
public final class InferenceGet extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(names = "--logs", description = "Include the job's log.")
  boolean logs;

  @Option(
      names = "--log-lines",
      paramLabel = "N",
      description = "How many of the last log lines (server default 100); implies --logs.")
  Integer logLines;

  @Override
  public Integer call() {
    Validate.atLeast("--log-lines", logLines, 1);
    Query query =
        Query.of().flag("include_logs", logs || logLines != null).add("log_lines", logLines);
    boolean withLogs = logs || logLines != null;
    ctx.renderer()
        .detail(
            InferenceViews.JOB.withSections(withLogs ? List.of(Section.LOGS) : List.of()),
            ctx.api().get(ResourceKind.INFERENCE_JOB.item(id), query));
    return ExitCode.OK;
  }
}
