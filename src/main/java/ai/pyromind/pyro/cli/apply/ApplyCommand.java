package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.Confirm;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Words;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro apply -f FILE}: makes the resources a project file declares so. */
@Command(
    name = "apply",
    description = "Create or update the resources a project file declares (idempotent).",
    footer = {
      "",
      "Examples:",
      "  pyro apply -f pyro.yaml --dry-run",
      "  pyro apply -f deploy/ --wait -o id",
      "  pyro apply --schema > pyro.schema.json"
    })
public final class ApplyCommand extends ContextCommand {
  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Project file, folder of them, or '-' for stdin (YAML or JSON).")
  String file;

  @Option(names = "--dry-run", description = "Print the plan; send nothing but GETs.")
  boolean dryRun;

  @Option(
      names = "--replace",
      description =
          "Delete and create again what the API cannot change (asks first; stops running jobs).")
  boolean replace;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask before --replace deletes.")
  boolean yes;

  @Option(
      names = "--wait",
      description = "Wait until what was created runs or ends (exit 7 if badly, 8 on timeout).")
  boolean await;

  @Mixin WaitOptions waitOptions;

  @Option(names = "--schema", description = "Print the JSON Schema of project files.")
  boolean schema;

  @Override
  public Integer call() {
    if (schema) {
      ctx.renderer().value(Schema.document());
      return ExitCode.OK;
    }
    if (file == null) {
      throw new UsageException("-f FILE is required (or --schema)");
    }
    List<Resource> resources = ManifestReader.read(file, ctx.env());
    List<Step> steps = new Planner(ctx.api()).plan(resources, replace);
    if (dryRun) {
      return printPlan(steps);
    }
    List<Step> conflicts = only(steps, Step.Action.CONFLICT);
    if (!conflicts.isEmpty()) {
      conflicts.forEach(
          s -> ctx.out().error(s.line().substring(2), ExitCode.CONFLICT, s.resource().name()));
      ctx.out()
          .notice(
              Words.count(conflicts.size(), "conflict")
                  + "; nothing was changed (--replace deletes and creates them again)");
      return ExitCode.CONFLICT;
    }
    List<Step> replaced = only(steps, Step.Action.REPLACE);
    if (!replaced.isEmpty()
        && !Confirm.ask(
            ctx,
            yes,
            "Replace "
                + String.join(", ", replaced.stream().map(s -> s.resource().label()).toList())
                + " (delete and create again)?")) {
      ctx.out().notice("nothing changed");
      return ExitCode.FAILURE;
    }
    Applier applier = new Applier(ctx);
    only(steps, Step.Action.AMBIGUOUS)
        .forEach(
            s -> ctx.out().error(s.line().substring(2), ExitCode.FAILURE, s.resource().name()));
    applier.apply(steps.stream().filter(s -> s.action() != Step.Action.AMBIGUOUS).toList());
    int failures = applier.failures() + only(steps, Step.Action.AMBIGUOUS).size();
    show(applier.outcomes());
    if (failures > 0) {
      ctx.out()
          .error(
              failures
                  + " of "
                  + Words.count(steps.size(), "resource")
                  + " failed; the rest were applied",
              ExitCode.FAILURE,
              null);
      return ExitCode.FAILURE;
    }
    return await ? new ApplyWait(ctx, waitOptions).await(applier.outcomes()) : ExitCode.OK;
  }

  private int printPlan(List<Step> steps) {
    if (ctx.renderer().isMachineReadable() && ctx.outputFormat() != OutputFormat.ID) {
      ArrayNode plan = Json.array();
      steps.forEach(s -> plan.add(s.toJson()));
      ctx.renderer().value(plan);
    } else {
      steps.forEach(s -> ctx.out().println(Sanitizer.line(s.line())));
    }
    if (!only(steps, Step.Action.CONFLICT).isEmpty()) {
      return ExitCode.CONFLICT;
    }
    return only(steps, Step.Action.AMBIGUOUS).isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
  }

  private void show(List<Applier.Outcome> outcomes) {
    OutputFormat format = ctx.outputFormat();
    if (format == OutputFormat.ID) {
      outcomes.forEach(o -> ctx.out().println(Sanitizer.line(o.id())));
    } else if (format.isStructured()) {
      ArrayNode objects = Json.array();
      outcomes.forEach(o -> objects.add(o.object()));
      ctx.renderer().value(objects);
    }
  }

  private static List<Step> only(List<Step> steps, Step.Action action) {
    return steps.stream().filter(s -> s.action() == action).toList();
  }
}
