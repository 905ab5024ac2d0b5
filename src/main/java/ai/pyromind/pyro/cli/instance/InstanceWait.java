package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.follow.WaitCommands;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pyro instance wait}: polls until a state is reached (0), cannot come (7), or time runs out
 * (8).
 */
@Command(
    name = "wait",
    description =
        "Wait until the instance is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.",
    footer = {
      "",
      "Examples:",
      "  pyro instance wait jp_100003",
      "  pyro instance wait jp_100003 --for deleted --timeout 10m"
    })
public final class InstanceWait extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Option(
      names = "--for",
      paramLabel = "STATE",
      defaultValue = "running",
      description =
          "The state to wait for: running, paused, stopped, error, deleted (default ${DEFAULT-VALUE}).")
  String state;

  @Mixin WaitOptions options;

  @Override
  public Integer call() {
    return WaitCommands.waitFor(
        ctx, ResourceKind.INSTANCE, id, state, options, InstanceViews.INSTANCE);
  }
}
