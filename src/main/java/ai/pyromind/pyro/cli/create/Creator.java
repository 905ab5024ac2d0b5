package ai.pyromind.pyro.cli.create;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.follow.StateRule;
import ai.pyromind.pyro.cli.follow.WaitCommands;
import ai.pyromind.pyro.cli.follow.Waiter;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.View;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every create and submit does with its {@link CreateOptions}: post the body (or print it as
 * curl with {@code --dry-run}), report it, show it, and with {@code --wait} wait until it runs or
 * the job ends.
 */
public final class Creator {
  private final Context ctx;
  private final ResourceKind kind;
  private final String verb;
  private final View view;
  private final CreateOptions options;

  /**
   * @param verb the word of the report: "created", "submitted"
   */
  public Creator(Context ctx, ResourceKind kind, String verb, View view, CreateOptions options) {
    this.ctx = ctx;
    this.kind = kind;
    this.verb = verb;
    this.view = view;
    this.options = options;
  }

  /** Sends the body and shows the result, waiting first with {@code --wait}. */
  public int create(ObjectNode body) {
    JsonNode created = send(body);
    return created == null ? ExitCode.OK : finish(created);
  }

  /**
   * Sends the body and reports it; after {@code --dry-run}, prints the curl command and returns
   * null.
   */
  public JsonNode send(ObjectNode body) {
    if (options.waits()) {
      // a bad --timeout must stop the command before it creates anything, not after
      options.waitOptions().timeout();
      options.waitOptions().interval();
    }
    if (options.dryRun()) {
      ctx.out().println(DryRun.curl("POST", ctx.requestUri(kind.collection()), body));
      return null;
    }
    JsonNode created = ctx.api().post(kind.collection(), null, body);
    ctx.out()
        .success(
            verb
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
  public int finish(JsonNode created) {
    if (!options.waits()) {
      ctx.renderer().row(view, created);
      return ExitCode.OK;
    }
    boolean idAtOnce = ctx.renderer().format() == OutputFormat.ID;
    if (idAtOnce) {
      ctx.renderer().row(view, created);
    }
    String id = created.path(kind.idField()).asText();
    StateRule ready = WaitCommands.rule(kind, kind.isJob() ? "success" : "running");
    Waiter waiter = new Waiter(ctx, id, kind.item(id));
    try {
      return waiter.await(
          ready,
          options.waitOptions().timeout(),
          options.waitOptions().interval(),
          WaitCommands.reattach(ctx, kind, id, ready));
    } finally {
      if (!idAtOnce) {
        ctx.renderer().row(view, waiter.last() != null ? waiter.last() : created);
      }
    }
  }
}
