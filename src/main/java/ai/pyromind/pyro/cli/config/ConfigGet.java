package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro config get KEY}: one setting of the profile in use. */
@Command(
    name = "get",
    description = "Print one setting of the profile in use; exit 1 when it is not set.",
    footer = {"", "Example:", "  pyro config get api_url"})
public final class ConfigGet extends ContextCommand {
  @Parameters(
      index = "0",
      paramLabel = "KEY",
      description = "api_url, output, request_timeout or color.")
  String key;

  @Override
  public Integer call() {
    ConfigKeys.checkKey(key);
    String profile = ctx.settings().profile();
    String value = ctx.config().get(profile, key);
    if (value == null) {
      ctx.out().error(key + " is not set in profile " + profile, ExitCode.FAILURE, null);
      return ExitCode.FAILURE;
    }
    ctx.out().println(value);
    return ExitCode.OK;
  }
}
