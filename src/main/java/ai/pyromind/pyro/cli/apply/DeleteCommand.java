package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.cli.cmdutil.Confirm;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.DeleteOptions;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro delete -f FILE}: deletes, by kind and name, what a project file declares. */
@Command(
    name = "delete",
    description = "Delete the resources a project file declares (asks first on a terminal).",
    footer = {
      "",
      "Examples:",
      "  pyro delete -f pyro.yaml",
      "  pyro delete -f deploy/ --ignore-not-found --yes"
    })
public final class DeleteCommand extends ContextCommand {
  private record Target(Resource resource, String id) {}

  @Option(
      names = {"-f", "--file"},
      required = true,
      paramLabel = "FILE",
      description = "Project file, folder of them, or '-' for stdin (YAML or JSON).")
  String file;

  @Option(
      names = "--ignore-not-found",
      description = "Report what the server does not have, but do not fail for it.")
  boolean ignoreNotFound;

  @Option(
      names = "--force",
      description = "Delete even running jobs and sandboxes with running tasks.")
  boolean force;

  @Mixin DeleteOptions delete;

  @Override
  public Integer call() {
    List<Resource> resources = ManifestReader.read(file, ctx.env());
    Planner planner = new Planner(ctx.api());
    List<Target> targets = new ArrayList<>();
    int result = ExitCode.OK;
    for (Resource resource : resources) {
      List<JsonNode> found = planner.named(resource.kind(), resource.name());
      if (found.isEmpty()) {
        if (ignoreNotFound) {
          ctx.out().notice(resource.label() + " not found; nothing to delete");
        } else {
          ctx.out().error(resource.label() + " not found", ExitCode.NOT_FOUND, resource.name());
          result = ExitCode.NOT_FOUND;
        }
      }
      found.forEach(
          f -> targets.add(new Target(resource, f.path(resource.kind().idField).asText())));
    }
    if (targets.isEmpty()) {
      return result;
    }
    String what =
        String.join(
            ", ", targets.stream().map(t -> t.resource().label() + " (" + t.id() + ")").toList());
    if (!Confirm.ask(ctx, delete.yes(), "Delete " + what + "?")) {
      ctx.out().notice("nothing deleted");
      return ExitCode.FAILURE;
    }
    ArrayNode deleted = Json.array();
    for (Target target : targets) {
      Kind kind = target.resource().kind();
      try {
        deleted.add(ctx.api().delete(kind.resource.item(target.id()), kind.deleteQuery(force)));
        ctx.out().success("deleted " + target.resource().label() + " " + target.id());
      } catch (ApiException e) {
        ApiException shown = e.status() == 409 ? e.withHint("pass --force") : e;
        ctx.out()
            .error(
                target.resource().label() + ": " + shown.getMessage(),
                e.status(),
                ExitCode.forStatus(e.status()),
                target.id());
        result = result == ExitCode.OK ? ExitCode.forStatus(e.status()) : result;
      } catch (NetworkException e) {
        ctx.out()
            .error(
                target.resource().label() + ": " + e.getMessage(), ExitCode.NETWORK, target.id());
        result = result == ExitCode.OK ? ExitCode.NETWORK : result;
      }
    }
    if (ctx.outputFormat() == OutputFormat.ID) {
      deleted.forEach(d -> ctx.out().println(Sanitizer.line(d.path(idField(d)).asText())));
    } else if (ctx.outputFormat().isStructured()) {
      ctx.renderer().value(deleted);
    }
    return result;
  }

  private static String idField(JsonNode deleted) {
    for (Kind kind : Kind.values()) {
      if (deleted.has(kind.idField)) {
        return kind.idField;
      }
    }
    return "id";
  }
}
