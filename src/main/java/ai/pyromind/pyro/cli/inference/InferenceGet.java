package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.JobGetOptions;
import ai.pyromind.pyro.output.Section;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
  @Mixin JobGetOptions job;

  @Override
  public Integer call() {
    Query query = job.query();
    ctx.renderer()
        .detail(
            InferenceViews.JOB.withSections(job.withLogs() ? List.of(Section.LOGS) : List.of()),
            ctx.api().get(ResourceKind.INFERENCE_JOB.item(job.id()), query));
    return ExitCode.OK;
  }
}
