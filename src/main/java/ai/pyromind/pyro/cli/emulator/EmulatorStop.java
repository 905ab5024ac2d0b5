package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pyro emulator stop}: ends a running emulator, its state kept in its data dir. */
@Command(
    name = "stop",
    description = "Stop the running emulator (exit 1 when none runs).",
    footer = {
      "",
      "Examples:",
      "  pyro emulator stop",
      "  pyro emulator stop --data ~/.local/share/pyro-emulator"
    })
public final class EmulatorStop extends ContextCommand {
  @Mixin EmulatorDataDir dataDir;

  @Override
  public Integer call() throws Exception {
    EmulatorProcess process = new EmulatorProcess(dataDir.files(ctx));
    Optional<ProcessHandle> running = process.running();
    if (running.isEmpty()) {
      process.forgetIfGone();
      ctx.out().error("no emulator is running", ExitCode.FAILURE, null);
      return ExitCode.FAILURE;
    }
    ProcessHandle handle = running.get();
    handle.destroy();
    try {
      handle.onExit().get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      handle.destroyForcibly();
    }
    process.forget();
    ctx.out().success("stopped the emulator (pid " + handle.pid() + ")");
    return ExitCode.OK;
  }
}
