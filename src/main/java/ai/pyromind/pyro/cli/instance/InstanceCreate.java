package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Bodies;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.ResourceOptions;
import ai.pyromind.pyro.cli.cmdutil.SecretInput;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.cli.create.CreateOptions;
import ai.pyromind.pyro.cli.create.Creator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance create}: POST /instances. */
@Drives("POST /api/v1/instances")
@Command(
    name = "create",
    description = "Create an instance; a password the server generates is shown once.",
    footer = {
      "",
      "Examples:",
      "  pyro instance create lab --resource-type gpu --cpu 16 --memory 64 --gpu 4 \\",
      "      --mount user-data:/home/jovyan/work",
      "  pass show pyromind/lab \\",
      "      | pyro instance create lab --resource-type cpu --cpu 4 --memory 16 \\",
      "          --password-stdin"
    })
public final class InstanceCreate extends ContextCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The instance's name.")
  String name;

  @Option(names = "--resource-type", paramLabel = "TYPE", description = "cpu or gpu.")
  String resourceType;

  @Mixin ResourceOptions resources;

  @Option(
      names = "--image",
      paramLabel = "IMG",
      description = "Image version (default latest), e.g. pyromind-instance:2.3.1.")
  String image;

  @Option(
      names = "--expires",
      paramLabel = "TIME",
      description = "Expiry: ISO-8601 instant or +7d, +36h (default 7 days).")
  String expires;

  @Option(
      names = "--password-stdin",
      description = "Read the access password from stdin (default: generated).")
  boolean passwordStdin;

  @Option(
      names = "--mount",
      paramLabel = "BUCKET:PATH",
      description = "Mount a bucket as the workspace, e.g. user-data:/home/jovyan/work.")
  String mount;

  @Mixin CreateOptions create;

  @Override
  public Integer call() {
    if (passwordStdin && create.bodyFromStdin()) {
      throw new UsageException("--password-stdin and -f - both want stdin; put the body in a file");
    }
    ObjectNode body = create.body(ctx);
    Bodies.put(body, "name", name);
    Bodies.put(body, "resource_type", resourceType);
    resources.mergeInto(body);
    Bodies.put(body, "image", image);
    if (expires != null) {
      body.put("expire_time", Parsers.futureTime("--expires", expires, ctx.now()));
    }
    if (mount != null) {
      body.set("workspace_mount", mount(mount));
    }
    if (passwordStdin) {
      body.put("password", SecretInput.firstLine(ctx.env(), "password"));
    }
    Validate.requireText(body, "/name", "an instance NAME");
    Validate.requireOneOf(body, "/resource_type", "--resource-type", "cpu", "gpu");
    Validate.resources(body.get(Fields.RESOURCE_CONFIG), false);
    boolean generated = !body.has("password");
    Creator creator = creator();
    JsonNode created = creator.send(body);
    if (created == null) {
      return ExitCode.OK;
    }
    boolean inOutput = ctx.renderer().printsWholeObjects() && !create.waits();
    if (generated && created.path("password").isTextual() && !inOutput) {
      ctx.out()
          .warn(
              "generated password (shown once, store it now): "
                  + created.path("password").asText());
    }
    return creator.finish(created);
  }

  private Creator creator() {
    return new Creator(ctx, ResourceKind.INSTANCE, "created", InstanceViews.INSTANCE, create);
  }

  private static ObjectNode mount(String spec) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new UsageException("invalid --mount '" + spec + "' (expected BUCKET:PATH)");
    }
    ObjectNode node = Json.object();
    node.put("bucket_name", spec.substring(0, colon));
    node.put("mount_path", spec.substring(colon + 1));
    return node;
  }
}
