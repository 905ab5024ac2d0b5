package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro config set KEY VALUE}: one setting of the profile in use. */
@Command(
    name = "set",
    description = "Set a setting of the profile in use (created if new).",
    footer = {
      "",
      "Examples:",
      "  pyro config set output wide",
      "  pyro -p local config set api_url http://127.0.0.1:7976"
    })
public final class ConfigSet extends ContextCommand {
  @Parameters(
      index = "0",
      paramLabel = "KEY",
      description =
          "api_url, output, request_timeout, color, retries, allow_insecure_http, ca_file or"
              + " max_response_mb.")
  String key;

  @Parameters(index = "1", paramLabel = "VALUE", description = "The new value.")
  String value;

  @Override
  public Integer call() {
    ConfigKeys.checkKey(key);
    ConfigKeys.checkValue(key, value);
    String profile = ctx.settings().profile();
    ctx.updateConfig(
        config -> {
          config.set(profile, key, value);
          return null;
        });
    ctx.out().success("set " + key + " in profile " + profile);
    return ExitCode.OK;
  }
}
