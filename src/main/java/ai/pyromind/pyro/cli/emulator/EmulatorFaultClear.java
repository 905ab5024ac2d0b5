package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pyro emulator fault clear}: every fault gone; requests are served again. */
@Command(
    name = "clear",
    description = "Remove every fault from the running emulator.",
    footer = {"", "Examples:", "  pyro emulator fault clear"})
public final class EmulatorFaultClear extends ContextCommand {
  @Mixin EmulatorTarget emulatorTarget;

  @Override
  public Integer call() {
    Optional<ApiClient> emulator = emulatorTarget.connect(ctx);
    if (emulator.isEmpty()) {
      return ExitCode.FAILURE;
    }
    JsonNode cleared = emulator.get().delete(EmulatorControl.FAULTS, null);
    if (ctx.renderer().isMachineReadable()) {
      ctx.renderer().value(cleared);
    } else {
      int n = cleared.path("cleared").asInt();
      ctx.out().success("cleared " + n + (n == 1 ? " fault" : " faults"));
    }
    return ExitCode.OK;
  }
}
