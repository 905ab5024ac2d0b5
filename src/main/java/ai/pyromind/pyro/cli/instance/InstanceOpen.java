package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
import ai.pyromind.pyro.output.Sanitizer;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance open}: a fresh access token, and the instance's UI in the browser. */
@Drives("GET /api/v1/instances/{instance_id}/access-token")
@Command(
    name = "open",
    description =
        "Open an instance's UI in the browser with a fresh access token ($BROWSER, xdg-open or open).",
    footer = {
      "",
      "The browser is given a private page (0600) leading to a one-time local address that",
      "redirects to the access URL, so the token never appears in a command line.",
      "",
      "Examples:",
      "  pyro instance open jp_100003",
      "  pyro instance open jp_100003 --ttl 8h --print"
    })
public final class InstanceOpen extends ContextCommand implements Preflight {
  @Parameters(index = "0", paramLabel = "ID", description = "The instance's id or name.")
  String id;

  @Option(
      names = "--ttl",
      paramLabel = "DUR",
      description = "How long the token lives, e.g. 8h (server default 1h).")
  String ttl;

  @Option(
      names = "--print",
      description = "Print the URL instead of opening it (it grants access: keep it private).")
  boolean print;

  @Override
  public void preflight() {
    if (ttl != null) {
      Parsers.positiveDuration("--ttl", ttl);
    }
  }

  @Override
  public Integer call() throws Exception {
    Long seconds =
        ttl == null ? null : Math.max(1, Parsers.positiveDuration("--ttl", ttl).toSeconds());
    String url =
        ctx.api()
            .get(
                ResourceKind.INSTANCE.item(id, "access-token"),
                Query.of().add("token_ttl", seconds))
            .path("access_url")
            .asText();
    if (print) {
      ctx.out().warn("this URL grants full access to the instance: do not share it");
      ctx.out().println(Sanitizer.line(url));
      return ExitCode.OK;
    }
    return new BrowserLauncher(ctx).open(url, id, Duration.ofSeconds(60));
  }
}
