package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox action}: POST /sandboxes/{id}/actions with any action. */
@Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
@Command(
    name = "action",
    description =
        "Run an action on a sandbox: start, stop, restart, reboot, install_package, run_script.",
    footer = {
      "",
      "Examples:",
      "  pyro sandbox action sbx_987654321 restart --timeout 60",
      "  pyro sandbox action sbx_987654321 install_package --param name=python3-pip"
    })
public final class SandboxAction extends ContextCommand {
  @Parameters(
      index = "1",
      paramLabel = "ACTION",
      description = "start, stop, restart, reboot, install_package or run_script.")
  String action;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "An action parameter; values are typed (3, true, [1,2], text).")
  List<String> params = new ArrayList<>();

  // after --param: the options keep their order in completion
  @Mixin ActionTarget target;

  @Override
  public Integer call() {
    ObjectNode body = Json.object();
    params.forEach(p -> Parsers.putKeyValue(body, p, "--param"));
    return target.run(ctx, action, body);
  }
}
