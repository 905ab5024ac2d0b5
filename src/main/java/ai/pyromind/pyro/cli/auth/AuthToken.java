package ai.pyromind.pyro.cli.auth;

import ai.pyromind.pyro.api.AuthRequiredException;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import picocli.CommandLine.Command;

/** {@code pyro auth token}: prints the token in use, for scripts that need it. */
@Command(
    name = "token",
    description = "Print the token pyro would use (for scripts; treat the output as a secret).",
    footer = {
      "",
      "Examples:",
      "  pyro auth token",
      "  curl -H \"Authorization: Bearer $(pyro auth token)\" \\",
      "      https://pyromind.ai/api/v1/sandboxes"
    })
public final class AuthToken extends ContextCommand {
  @Override
  public Integer call() {
    String token = ctx.settings().token();
    if (token == null) {
      throw new AuthRequiredException("not logged in: run `pyro auth login`, or set PYRO_TOKEN");
    }
    ctx.out().println(token);
    return ExitCode.OK;
  }
}
