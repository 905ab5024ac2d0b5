package ai.pyromind.pyro.cli.auth;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import picocli.CommandLine.Command;

/** {@code pyro auth}: the token pyro uses. */
@Command(
    name = "auth",
    description = "Log in and out, and see which token pyro uses.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Examples:",
      "  pyro auth login",
      "  echo \"$TOKEN\" | pyro auth login --with-token"
    })
public final class AuthCommand extends GroupCommand {}
