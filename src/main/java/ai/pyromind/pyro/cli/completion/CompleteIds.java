package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
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

  private static final Map<String, String[]> LISTS =
      Map.of(
          "sandbox", new String[] {"/sandboxes", "sandboxes", "sandbox_id"},
          "instance", new String[] {"/instances", "instances", "instance_id"},
          "inference", new String[] {"/inference", "jobs", "job_id"},
          "train", new String[] {"/training/jobs", "jobs", "job_id"});

  @Parameters(
      index = "0",
      paramLabel = "GROUP",
      description = "sandbox, instance, inference or train.")
  String group;

  @Override
  public Integer call() {
    String[] list = LISTS.get(group);
    try {
      if (list == null || ctx.settings().token() == null) {
        return ExitCode.OK;
      }
      ApiClient quick = ctx.quickClient(QUICK);
      JsonNode data = quick.get(list[0], Query.of().add("page_size", 100));
      for (JsonNode item : data.path(list[1])) {
        String id = item.path(list[2]).asText();
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
