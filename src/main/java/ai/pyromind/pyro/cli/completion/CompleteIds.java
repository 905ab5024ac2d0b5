package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pyro __complete GROUP}: ids for shell completion, fetched quickly, silent on errors; ids
 * that do not look like ids are left out.
 */
@Command(
    name = "__complete",
    hidden = true,
    description = "Print the ids of existing resources of a group, for shell completion.",
    footer = {"", "Example:", "  pyro __complete sandbox"})
public final class CompleteIds extends ContextCommand {
  private static final Duration QUICK = Duration.ofSeconds(2);

  /** Server text goes into a shell's command line: only what cannot be shell syntax passes. */
  private static final Pattern LOOKS_LIKE_AN_ID = Pattern.compile(CompletionScripts.ID_PATTERN);

  @Parameters(
      index = "0",
      paramLabel = "GROUP",
      description = "sandbox, instance, inference or train.")
  String group;

  @Override
  public Integer call() {
    ResourceKind kind = Groups.kind(group);
    try {
      if (kind == null || ctx.settings().token() == null) {
        return ExitCode.OK;
      }
      ApiClient quick = ctx.quickClient(QUICK);
      JsonNode data = quick.get(kind.collection(), Query.of().add(Fields.PAGE_SIZE, 100));
      for (JsonNode item : data.path(kind.listField())) {
        String id = item.path(kind.idField()).asText();
        if (LOOKS_LIKE_AN_ID.matcher(id).matches()) {
          ctx.out().data().println(id);
        }
      }
      ctx.out().data().flush();
    } catch (RuntimeException e) {
      // completion must never print an error into the user's command line
    }
    return ExitCode.OK;
  }
}
