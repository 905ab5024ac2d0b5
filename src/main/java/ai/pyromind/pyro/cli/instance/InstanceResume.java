package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import ai.pyromind.pyro.cli.cmdutil.ResourceOptions;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance resume}: POST /instances/{id}/resume, with optional resource overrides. */
@Drives("POST /api/v1/instances/{instance_id}/resume")
@Command(
    name = "resume",
    description =
        "Resume a paused instance, optionally from its checkpoint and with other resources.",
    footer = {
      "",
      "Examples:",
      "  pyro instance resume jp_100003 --restore-checkpoint",
      "  pyro instance resume jp_100003 --cpu 8 --memory 32 --gpu 1"
    })
public final class InstanceResume extends ContextCommand implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Option(names = "--restore-checkpoint", description = "Restore from the latest checkpoint.")
  boolean restoreCheckpoint;

  @Mixin ResourceOptions resources;

  @Override
  public void preflight() {
    ObjectNode overrides = resources.partial();
    if (overrides != null) {
      Validate.resources(overrides, true);
    }
  }

  @Override
  public Integer call() {
    ObjectNode overrides = resources.partial();
    ObjectNode body = null;
    if (overrides != null) {
      body = Json.object();
      body.set(Fields.RESOURCE_CONFIG, overrides);
    }
    Query query = Query.of().flag("restore_checkpoint", restoreCheckpoint);
    JsonNode resumed = ctx.api().post(ResourceKind.INSTANCE.item(id, "resume"), query, body);
    ctx.out().success("resumed " + id + " (" + resumed.path("status").asText() + ")");
    ctx.renderer().row(InstanceViews.STATE_CHANGE, resumed);
    return ExitCode.OK;
  }
}
