package ai.pyromind.pyro.cli.auth;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.AuthRequiredException;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Guards;
import ai.pyromind.pyro.cli.cmdutil.SecretInput;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pyro auth login}: checks a token with one cheap call, then saves it to the profile. */
@Drives("GET /api/v1/sandboxes")
@Command(
    name = "login",
    description = "Save a token to the profile, after checking that the server accepts it.",
    footer = {
      "",
      "Examples:",
      "  pyro auth login",
      "  echo \"$PYROMIND_TOKEN\" \\",
      "      | pyro auth login --with-token --api-url https://pyromind.ai"
    })
public final class AuthLogin extends ContextCommand {
  @Option(names = "--with-token", description = "Read the token from stdin instead of prompting.")
  boolean withToken;

  @Override
  public Integer call() {
    Settings settings = ctx.settings();
    String token = withToken ? readStdin() : prompt();
    if (token == null || token.isBlank()) {
      throw new UsageException("no token given");
    }
    token = token.trim();
    Guards.checkToken(token, withToken ? "on stdin" : "typed at the prompt");
    check(settings.apiUrl(), token);
    String profile = settings.profile();
    String checked = token;
    ctx.updateConfig(
        config -> {
          config.set(profile, "token", checked);
          if (!settings.apiUrlSource().startsWith("profile")) {
            config.set(profile, "api_url", settings.apiUrl());
          }
          if (config.profileNames().size() == 1 || !config.hasProfile(config.currentProfile())) {
            config.currentProfile(profile);
          }
          return null;
        });
    ctx.out().success("logged in to " + settings.apiUrl() + " (profile " + profile + ")");
    if (ctx.env().var("PYRO_TOKEN") != null) {
      ctx.out().warn("PYRO_TOKEN is set and takes precedence over the saved token");
    }
    return ExitCode.OK;
  }

  /** One cheap call with the token; a refusal says so, without sending the user back here. */
  private void check(String apiUrl, String token) {
    try {
      ctx.client(apiUrl, token)
          .get(
              ResourceKind.SANDBOX.collection(),
              Query.of().add(Fields.PAGE, 1).add(Fields.PAGE_SIZE, 1));
    } catch (ApiException e) {
      if (e.status() != 401 && e.status() != 403) {
        throw e;
      }
      throw new AuthRequiredException(
          apiUrl + " refused the token: " + e.getMessage() + "; nothing was saved");
    }
  }

  private String readStdin() {
    return SecretInput.line(ctx.env(), "token");
  }

  private String prompt() {
    if (!ctx.env().stdinTerminal()) {
      throw new UsageException("no terminal to prompt on: pipe the token in with --with-token");
    }
    return ctx.env().prompter().secret("Paste your PyroMind token: ");
  }
}
