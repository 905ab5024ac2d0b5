package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pyro __complete KIND}: the ids and names of existing resources for shell completion, one
 * {@code ID<TAB>NAME} line each, fetched quickly, silent on errors. What does not look like an id
 * is left out (a name that does not, too). The answer also refreshes the {@link IdCache} the
 * scripts read first (see {@link IdRecorder}).
 */
@Command(
    name = "__complete",
    hidden = true,
    description = "Print the ids and names of existing resources of a kind, for shell completion.",
    footer = {"", "Example:", "  pyro __complete sandbox"})
public final class CompleteIds extends ContextCommand {
  private static final Duration QUICK = Duration.ofSeconds(2);

  /** How many ids completion offers at most: the first page of this size. */
  static final int PAGE_SIZE = 100;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      description = "sandbox, instance, inference or train.")
  String kind;

  @Override
  public Integer call() {
    IdKind ids = IdKind.of(kind);
    try {
      if (ids == null || ctx.settings().token() == null) {
        return ExitCode.OK;
      }
      JsonNode data =
          ctx.quickClient(QUICK).get(ids.listPath, Query.of().add("page_size", PAGE_SIZE));
      PrintWriter out = ctx.out().data();
      for (JsonNode item : data.path(ids.itemsField)) {
        String id = item.path(ids.idField).asText();
        if (IdCache.looksLikeAnId(id)) {
          String name = item.path("name").asText("");
          out.println(IdCache.looksLikeAnId(name) ? id + "\t" + name : id);
        }
      }
      out.flush();
    } catch (RuntimeException e) {
      // completion must never print an error into the user's command line
    }
    return ExitCode.OK;
  }
}
