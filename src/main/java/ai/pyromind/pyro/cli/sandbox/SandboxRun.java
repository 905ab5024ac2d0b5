package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox run}: the run_script action. */
@Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
@Command(
    name = "run",
    description = "Run a script in a sandbox (the run_script action); arguments follow --.",
    footer = {"", "Example:", "  pyro sandbox run sbx_987654321 /home/user/init.sh -- --fast 3"})
public final class SandboxRun extends ContextCommand {
  @Mixin ActionTarget target;

  @Parameters(
      index = "1",
      paramLabel = "SCRIPT",
      description = "Path of the script in the sandbox.")
  String script;

  @Parameters(
      index = "2..*",
      paramLabel = "ARG",
      description = "Arguments for the script (after --).")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    ObjectNode params = Json.object();
    params.put("path", script);
    if (!args.isEmpty()) {
      ArrayNode list = params.putArray("args");
      args.forEach(list::add);
    }
    return target.run(ctx, "run_script", params);
  }
}
