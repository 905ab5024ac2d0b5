package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro config}: profiles and their settings. */
@Command(
    name = "config",
    description = "Show and change settings and profiles.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Keys: api_url, output, request_timeout, color, retries (the token is set with `pyro auth login`).",
      "",
      "Examples:",
      "  pyro -p staging config set api_url https://staging.pyromind.ai",
      "  pyro config use staging"
    })
public final class ConfigCommand extends GroupCommand {}
