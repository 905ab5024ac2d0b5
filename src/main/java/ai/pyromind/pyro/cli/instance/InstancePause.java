package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Words;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance pause}: POST /instances/{id}/pause. */
@Drives("POST /api/v1/instances/{instance_id}/pause")
@Command(
    name = "pause",
    description = "Pause a running instance (checkpoints are saved unless --no-checkpoint).",
    footer = {
      "",
      "Examples:",
      "  pyro instance pause jp_100003",
      "  pyro instance pause jp_100003 --no-checkpoint"
    })
public final class InstancePause extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Option(names = "--no-checkpoint", description = "Do not save notebook checkpoints first.")
  boolean noCheckpoint;

  @Override
  public Integer call() {
    Query query = noCheckpoint ? Query.of().add("save_checkpoint", "false") : null;
    JsonNode paused = ctx.api().post(ResourceKind.INSTANCE.item(id, "pause"), query, null);
    String checkpoints =
        paused.has("checkpoint_count")
            ? ", " + Words.count(paused.path("checkpoint_count").asLong(), "checkpoint")
            : "";
    ctx.out().success("paused " + id + checkpoints);
    ctx.renderer().row(InstanceViews.STATE_CHANGE, paused);
    return ExitCode.OK;
  }
}
