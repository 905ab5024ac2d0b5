package ai.pyromind.pyro.cli.auth;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.api.Secrets;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Guards;
import ai.pyromind.pyro.config.Settings;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;

/** {@code pyro auth status}: profile, URL, where the token comes from, and whether it works. */
@Drives("GET /api/v1/sandboxes")
@Command(
    name = "status",
    description = "Show the profile, API URL and token source, and check that the token works.",
    footer = {"", "Examples:", "  pyro auth status", "  pyro auth status -o json"})
public final class AuthStatus extends ContextCommand {
  @Override
  public Integer call() {
    Settings s = ctx.settings();
    ctx.requireKnownProfile();
    if (s.token() != null) {
      Guards.checkToken(s.token(), ctx.tokenOrigin());
    }
    ObjectNode status = Json.object();
    status.put("profile", s.profile());
    status.put("api_url", s.apiUrl());
    status.put("api_url_source", s.apiUrlSource());
    status.put("token_source", s.tokenSource());
    status.put("token", Secrets.maskToken(s.token()));
    int code;
    if (s.token() == null) {
      status.put("state", "not logged in");
      code = ExitCode.AUTH;
    } else {
      try {
        ctx.client(s.apiUrl(), s.token())
            .get(
                ResourceKind.SANDBOX.collection(),
                Query.of().add(Fields.PAGE, 1).add(Fields.PAGE_SIZE, 1));
        status.put("state", "valid");
        code = ExitCode.OK;
      } catch (ApiException e) {
        status.put("state", "refused: " + e.getMessage() + " (HTTP " + e.status() + ")");
        code = ExitCode.forStatus(e.status());
      } catch (NetworkException e) {
        status.put("state", "unreachable: " + e.getMessage());
        code = ExitCode.NETWORK;
      }
    }
    if (ctx.renderer().isMachineReadable()) {
      ctx.renderer().value(status);
    } else {
      ctx.out().println("profile:  " + s.profile());
      ctx.out().println("api url:  " + s.apiUrl() + " (" + s.apiUrlSource() + ")");
      ctx.out()
          .println(
              "token:    "
                  + (s.token() == null
                      ? "none"
                      : status.path("token").asText() + " (" + s.tokenSource() + ")"));
      ctx.out().println("status:   " + Sanitizer.line(status.path("state").asText()));
    }
    return code;
  }
}
