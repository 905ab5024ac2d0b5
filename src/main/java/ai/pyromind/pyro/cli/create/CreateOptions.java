package ai.pyromind.pyro.cli.create;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.BodyInput;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.follow.StateRule;
import ai.pyromind.pyro.cli.follow.WaitCommands;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import ai.pyromind.pyro.cli.follow.Waiter;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.View;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every create and submit takes and does: {@code -f}, {@code --dry-run}, {@code --wait}. */
public final class CreateOptions {
  /**
   * A kind of resource as created: where it is posted, its id field, how it is shown, and what
   * {@code --wait} waits for.
   */
  public record Kind(
      String noun, String path, String idField, String verb, View view, StateRule ready) {}

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Request body as JSON or YAML ('-' for stdin); flags override its fields.")
  String file;

  @Option(
      names = "--dry-run",
      description = "Print the request as a curl command and send nothing.")
  boolean dryRun;

  @Option(
      names = "--wait",
      description =
          "Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); "
              + "-o id prints the id at once, other formats the last state, whatever the exit.")
  boolean await;

  @Mixin WaitOptions waitOptions;

  /** Whether {@code --wait} was given: what is printed at the end is then a later view. */
  public boolean waits() {
    return await;
  }

  public boolean bodyFromStdin() {
    return "-".equals(file);
  }

  /** The body to build on: the {@code -f} document, or an empty object. */
  public ObjectNode body(Context ctx) {
    return file == null ? Json.object() : BodyInput.readObject(file, ctx.env());
  }

  /**
   * Sends the body and reports it; after {@code --dry-run}, prints the curl command and returns
   * null.
   */
  public JsonNode send(Context ctx, Kind kind, ObjectNode body) {
    if (await) {
      // a bad --timeout must stop the command before it creates anything, not after
      waitOptions.timeout();
      waitOptions.interval();
    }
    if (dryRun) {
      ctx.out().println(DryRun.curl("POST", ctx.requestUri(kind.path()), body));
      return null;
    }
    JsonNode created = ctx.api().post(kind.path(), null, body);
    ctx.out()
        .success(
            kind.verb()
                + " "
                + created.path(kind.idField()).asText()
                + " ("
                + created.path("status").asText()
                + ")");
    return created;
  }

  /**
   * Shows what was created, or with {@code --wait} waits for it first. So that a script holds the
   * id whatever the wait ends in: with {@code -o id} the id is printed as soon as the resource
   * exists; other formats print the resource once, as last seen, however the wait ended.
   */
  public int finish(Context ctx, Kind kind, JsonNode created) {
    if (!await) {
      ctx.renderer().row(kind.view(), created);
      return ExitCode.OK;
    }
    boolean idAtOnce = ctx.renderer().format() == OutputFormat.ID;
    if (idAtOnce) {
      ctx.renderer().row(kind.view(), created);
    }
    String id = created.path(kind.idField()).asText();
    Waiter waiter = new Waiter(ctx, id, kind.path() + ApiClient.path(id));
    try {
      return waiter.await(
          kind.ready(),
          waitOptions.timeout(),
          waitOptions.interval(),
          WaitCommands.reattach(ctx, kind.noun(), id, kind.ready()));
    } finally {
      if (!idAtOnce) {
        ctx.renderer().row(kind.view(), waiter.last() != null ? waiter.last() : created);
      }
    }
  }
}
