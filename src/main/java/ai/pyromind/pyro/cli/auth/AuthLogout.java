package ai.pyromind.pyro.cli.auth;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;

/** {@code pyro auth logout}: forgets the profile's token. */
@Command(
    name = "logout",
    description = "Remove the token from the profile.",
    footer = {"", "Example:", "  pyro -p staging auth logout"})
public final class AuthLogout extends ContextCommand {
  @Override
  public Integer call() {
    String profile = ctx.settings().profile();
    if (ctx.updateConfig(config -> config.unset(profile, "token"))) {
      ctx.out().success("logged out (profile " + profile + ")");
    } else {
      ctx.out().notice("not logged in (profile " + profile + ")");
    }
    if (ctx.env().var("PYRO_TOKEN") != null) {
      ctx.out().warn("PYRO_TOKEN is still set in the environment");
    }
    return ExitCode.OK;
  }
}
