package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pyro sandbox start|stop|restart|reboot}: one command, the action being the command's name.
 * Each verb below only declares its help; picocli needs one annotated class per command.
 */
public abstract class SandboxPower extends ContextCommand {
  @Spec CommandSpec spec;

  @Mixin ActionTarget target;

  @Override
  public Integer call() {
    return target.run(ctx, spec.name(), null);
  }

  /** {@code pyro sandbox start}. */
  @Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
  @Command(
      name = "start",
      description = "Start a sandbox (the start action).",
      footer = {"", "Example:", "  pyro sandbox start sbx_987654321"})
  public static final class Start extends SandboxPower {}

  /** {@code pyro sandbox stop}. */
  @Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
  @Command(
      name = "stop",
      description = "Stop a sandbox (the stop action).",
      footer = {"", "Example:", "  pyro sandbox stop sbx_987654321"})
  public static final class Stop extends SandboxPower {}

  /** {@code pyro sandbox restart}. */
  @Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
  @Command(
      name = "restart",
      description = "Restart a sandbox (the restart action).",
      footer = {"", "Example:", "  pyro sandbox restart sbx_987654321"})
  public static final class Restart extends SandboxPower {}

  /** {@code pyro sandbox reboot}. */
  @Drives("POST /api/v1/sandboxes/{sandbox_id}/actions")
  @Command(
      name = "reboot",
      description = "Reboot a sandbox (the reboot action).",
      footer = {"", "Example:", "  pyro sandbox reboot sbx_987654321"})
  public static final class Reboot extends SandboxPower {}
}
