package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.Renderer;
import ai.pyromind.pyro.output.View;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Deletes one or more resources after confirmation. Each success is reported on stderr; json, yaml
 * and id output list what was deleted. A failure is reported and the rest go on; the exit code is
 * that of the first failure.
 */
public final class Deleter {
  private final Context ctx;
  private final ResourceKind kind;
  private final View view;

  public Deleter(Context ctx, ResourceKind kind, View view) {
    this.ctx = ctx;
    this.kind = kind;
    this.view = view;
  }

  public int delete(List<String> ids, Query query, boolean yes) {
    String noun = kind.noun();
    String what =
        ids.size() == 1
            ? noun + " " + ids.get(0)
            : Words.count(ids.size(), noun) + " (" + String.join(", ", ids) + ")";
    if (!Confirm.ask(ctx, yes, "Delete " + what + "?")) {
      ctx.out().notice("nothing deleted");
      return ExitCode.FAILURE;
    }
    Renderer renderer = ctx.renderer();
    Renderer.ListWriter writer = renderer.isMachineReadable() ? renderer.list(view) : null;
    int firstFailure = ExitCode.OK;
    for (String id : ids) {
      try {
        JsonNode deleted = ctx.api().delete(kind.item(id), query);
        ctx.out().success("deleted " + noun + " " + id);
        if (writer != null) {
          writer.page(List.of(deleted));
        }
      } catch (ApiException e) {
        ApiException shown = e.status() == 409 ? e.withHint("pass --force") : e;
        if (ids.size() == 1) {
          throw shown;
        }
        ctx.out()
            .error(id + ": " + shown.getMessage(), e.status(), ExitCode.forStatus(e.status()), id);
        firstFailure = firstFailure == ExitCode.OK ? ExitCode.forStatus(e.status()) : firstFailure;
      } catch (NetworkException e) {
        if (ids.size() == 1) {
          throw e;
        }
        ctx.out().error(id + ": " + e.getMessage(), null, ExitCode.NETWORK, id);
        firstFailure = firstFailure == ExitCode.OK ? ExitCode.NETWORK : firstFailure;
      }
    }
    if (writer != null) {
      writer.finish();
    }
    return firstFailure;
  }
}
