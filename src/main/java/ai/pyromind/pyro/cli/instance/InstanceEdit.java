package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import ai.pyromind.pyro.cli.cmdutil.ResourceOptions;
import ai.pyromind.pyro.cli.cmdutil.SecretInput;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance edit}: PUT /instances/{id} with only the fields given. */
@Drives("PUT /api/v1/instances/{instance_id}")
@Command(
    name = "edit",
    description = "Change an instance's name, resources, expiry or password (only what is given).",
    footer = {
      "",
      "Examples:",
      "  pyro instance edit jp_100003 --cpu 20 --memory 80",
      "  pyro instance edit jp_100003 --name lab-v2 --expires +14d"
    })
public final class InstanceEdit extends ContextCommand implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Option(names = "--name", paramLabel = "NEW", description = "A new name.")
  String name;

  @Mixin ResourceOptions resources;

  @Option(
      names = "--expires",
      paramLabel = "TIME",
      description = "A new expiry: ISO-8601 instant or +7d.")
  String expires;

  @Option(names = "--password-stdin", description = "Read a new access password from stdin.")
  boolean passwordStdin;

  @Override
  public void preflight() {
    if (name != null && name.isBlank()) {
      throw new UsageException("--name must not be empty");
    }
    ObjectNode resourceConfig = resources.partial();
    if (resourceConfig != null) {
      Validate.resources(resourceConfig, true);
    }
    if (expires != null) {
      Parsers.futureTime("--expires", expires, ctx.now());
    }
    if (name == null && resourceConfig == null && expires == null && !passwordStdin) {
      throw new UsageException(
          "nothing to change: give --name, --cpu, --memory, --gpu, --expires or --password-stdin");
    }
  }

  @Override
  public Integer call() {
    ObjectNode body = Json.object();
    if (name != null) {
      body.put("name", name);
    }
    ObjectNode resourceConfig = resources.partial();
    if (resourceConfig != null) {
      body.set(Fields.RESOURCE_CONFIG, resourceConfig);
    }
    if (expires != null) {
      body.put("expire_time", Parsers.futureTime("--expires", expires, ctx.now()));
    }
    if (passwordStdin) {
      body.put("password", SecretInput.firstLine(ctx.env(), "password"));
    }
    JsonNode edited = ctx.api().put(ResourceKind.INSTANCE.item(id), body);
    ctx.out().success("updated " + id);
    ctx.renderer().row(InstanceViews.EDITED, edited);
    return ExitCode.OK;
  }
}
