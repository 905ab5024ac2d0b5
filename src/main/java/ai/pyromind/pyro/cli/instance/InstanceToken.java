package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance token}: GET /instances/{id}/access-token. */
@Drives("GET /api/v1/instances/{instance_id}/access-token")
@Command(
    name = "token",
    description =
        "Get a temporary access token and URL for an instance's UI (it grants full access).",
    footer = {
      "",
      "Examples:",
      "  pyro instance token jp_100003 --ttl 2h",
      "  pyro instance token jp_100003 --jq .access_url"
    })
public final class InstanceToken extends ContextCommand implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Option(
      names = "--ttl",
      paramLabel = "DUR",
      description = "How long the token lives, e.g. 2h (server default 1h).")
  String ttl;

  @Override
  public void preflight() {
    if (ttl != null) {
      Parsers.positiveDuration("--ttl", ttl);
    }
  }

  @Override
  public Integer call() {
    Long seconds = null;
    if (ttl != null) {
      Duration d = Parsers.positiveDuration("--ttl", ttl);
      seconds = Math.max(1, d.toSeconds());
    }
    JsonNode token =
        ctx.api()
            .get(
                ResourceKind.INSTANCE.item(id, "access-token"),
                Query.of().add("token_ttl", seconds));
    ctx.out().warn("the token grants full access to the instance: do not share it");
    if (ctx.renderer().isMachineReadable()) {
      ctx.renderer().value(token);
    } else {
      ctx.out().println(Sanitizer.line(token.path("access_url").asText()));
    }
    return ExitCode.OK;
  }
}
