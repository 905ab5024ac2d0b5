package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.ResourceOptions;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.cli.create.CreateOptions;
import ai.pyromind.pyro.cli.create.Creator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox create}: POST /sandboxes. */
@Drives("POST /api/v1/sandboxes")
@Command(
    name = "create",
    description = "Create a sandbox.",
    footer = {
      "",
      "Examples:",
      "  pyro sandbox create my-box --type gpu-sandbox --cpu 16 --memory 64 --gpu 4",
      "  pyro sandbox create -f sandbox.yaml --expires +3d --dry-run"
    })
public final class SandboxCreate extends ContextCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "Name: 3-64 letters, digits, '-', '_'.")
  String name;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Sandbox type, e.g. gpu-sandbox, cpu-sandbox.")
  String type;

  @Mixin ResourceOptions resources;

  @Option(
      names = "--resolution",
      paramLabel = "WxH",
      description = "VNC screen resolution (default 1920x1080).")
  String resolution;

  @Option(
      names = "--expires",
      paramLabel = "TIME",
      description = "Expiry: ISO-8601 instant or +7d, +36h (default 7 days).")
  String expires;

  @Mixin CreateOptions create;

  @Override
  public Integer call() {
    ObjectNode body = create.body(ctx);
    if (name != null) {
      body.put("name", name);
    }
    if (type != null) {
      body.put("sandbox_type", type);
    }
    resources.mergeInto(body);
    if (resolution != null) {
      body.set("screen_resolution", Parsers.resolution(resolution));
    }
    if (expires != null) {
      body.put("expire_time", Parsers.futureTime("--expires", expires, ctx.now()));
    }
    validate(body);
    return creator().create(body);
  }

  private Creator creator() {
    return new Creator(ctx, ResourceKind.SANDBOX, "created", SandboxViews.SANDBOX, create);
  }

  private static void validate(ObjectNode body) {
    if (!body.path("name").isTextual()) {
      throw new UsageException("a sandbox NAME is required");
    }
    Parsers.checkSandboxName(body.path("name").asText());
    if (!body.path("sandbox_type").isTextual() || body.path("sandbox_type").asText().isBlank()) {
      throw new UsageException("--type is required (e.g. gpu-sandbox, cpu-sandbox)");
    }
    Validate.resources(body.get(Fields.RESOURCE_CONFIG), false);
  }
}
