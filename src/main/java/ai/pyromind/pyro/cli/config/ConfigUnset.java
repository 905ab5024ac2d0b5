package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro config unset KEY}: back to the default. */
@Command(
    name = "unset",
    description = "Remove a setting from the profile in use.",
    footer = {"", "Example:", "  pyro config unset output"})
public final class ConfigUnset extends ContextCommand {
  @Parameters(
      index = "0",
      paramLabel = "KEY",
      description = "api_url, output, request_timeout or color.")
  String key;

  @Override
  public Integer call() {
    ConfigKeys.checkKey(key);
    String profile = ctx.settings().profile();
    if (ctx.updateConfig(config -> config.unset(profile, key))) {
      ctx.out().success("unset " + key + " in profile " + profile);
    } else {
      ctx.out().notice(key + " was not set in profile " + profile);
    }
    return ExitCode.OK;
  }
}
