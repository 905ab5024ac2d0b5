package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox install}: the install_package action. */
@Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
@Command(
    name = "install",
    description = "Install a package in a sandbox (the install_package action).",
    footer = {"", "Example:", "  pyro sandbox install sbx_987654321 python3-pip"})
public final class SandboxInstall extends ContextCommand {
  @Mixin ActionTarget target;

  @Parameters(index = "1", paramLabel = "PACKAGE", description = "The package to install.")
  String packageName;

  @Override
  public Integer call() {
    ObjectNode params = Json.object();
    params.put("name", packageName);
    return target.run(ctx, "install_package", params);
  }
}
