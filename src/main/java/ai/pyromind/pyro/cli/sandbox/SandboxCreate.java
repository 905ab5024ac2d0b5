package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.BodyInput;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.Drives;
import ai.pyromind.pyro.cli.DryRun;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.Parsers;
import ai.pyromind.pyro.cli.ResourceOptions;
import ai.pyromind.pyro.cli.UsageException;
import ai.pyromind.pyro.cli.Validate;
import ai.pyromind.pyro.cli.follow.StateRule;
import ai.pyromind.pyro.cli.follow.WaitCommands;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import com.fasterxml.jackson.databind.JsonNode;
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
      description = "Block until it is running (exit 7 if it ends badly, 8 on timeout).")
  boolean await;

  @Mixin WaitOptions waitOptions;

  @Override
  public Integer call() {
    ObjectNode body = file == null ? Json.object() : BodyInput.readObject(file, ctx.env());
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
      body.put("expire_time", Parsers.futureTime(expires, ctx.now()));
    }
    validate(body);
    if (dryRun) {
      ctx.out().println(DryRun.curl("POST", ctx.api().uri("/sandboxes", null), body));
      return ExitCode.OK;
    }
    JsonNode created = ctx.api().post("/sandboxes", null, body);
    ctx.out()
        .success(
            "created "
                + created.path("sandbox_id").asText()
                + " ("
                + created.path("status").asText()
                + ")");
    if (await) {
      String id = created.path("sandbox_id").asText();
      return WaitCommands.waitFor(
          ctx,
          "sandbox",
          id,
          ApiClient.path("sandboxes", id),
          StateRule.forMachine("running"),
          waitOptions,
          SandboxViews.SANDBOX,
          "running");
    }
    ctx.renderer().row(SandboxViews.SANDBOX, created);
    return ExitCode.OK;
  }

  private static void validate(ObjectNode body) {
    if (!body.path("name").isTextual()) {
      throw new UsageException("a sandbox NAME is required");
    }
    Parsers.checkSandboxName(body.path("name").asText());
    if (!body.path("sandbox_type").isTextual() || body.path("sandbox_type").asText().isBlank()) {
      throw new UsageException("--type is required (e.g. gpu-sandbox, cpu-sandbox)");
    }
    Validate.resources(body.get("resource_config"), false);
  }
}
