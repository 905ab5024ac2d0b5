package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.output.Renderer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pyro emulator fault list}: the faults in force. */
@Command(
    name = "list",
    aliases = "ls",
    description =
        "List the faults in force in the running emulator, and how many strikes are left.",
    footer = {"", "Examples:", "  pyro emulator fault list", "  pyro emulator fault list -o json"})
public final class EmulatorFaultList extends ContextCommand {
  @Mixin EmulatorTarget emulatorTarget;

  @Override
  public Integer call() {
    Optional<ApiClient> emulator = emulatorTarget.connect(ctx);
    if (emulator.isEmpty()) {
      return ExitCode.FAILURE;
    }
    List<JsonNode> faults = new ArrayList<>();
    emulator.get().get(EmulatorControl.FAULTS, null).path("faults").forEach(faults::add);
    Renderer.ListWriter list = ctx.renderer().list(EmulatorFault.VIEW);
    list.page(faults);
    list.finish();
    return ExitCode.OK;
  }
}
