package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.api.Secrets;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox vnc}: GET /sandboxes/{id}/vnc, then a VNC viewer on it. */
@Drives("GET /api/v1/sandboxes/{sandbox_id}/vnc")
@Command(
    name = "vnc",
    description =
        "Open a VNC viewer on a running sandbox; the password never appears on a command line.",
    footer = {
      "",
      "Viewers tried: --viewer, vncviewer, xtigervncviewer, xtightvncviewer, remmina; on macOS `open vnc://`.",
      "",
      "Examples:",
      "  pyro sandbox vnc sbx_987654321",
      "  pyro sandbox vnc sbx_987654321 --refresh --print --show-password"
    })
public final class SandboxVnc extends ContextCommand {
  private static final View VIEW =
      new View(
          ResourceKind.SANDBOX.idField(),
          List.of(
              Column.text("HOST", "vnc_host"),
              Column.number("PORT", "vnc_port"),
              Column.text("PASSWORD", "vnc_password"),
              Column.relative("EXPIRES", "expire_time")));

  @Parameters(index = "0", paramLabel = "ID", description = "The sandbox's id or name.")
  String id;

  @Option(names = "--refresh", description = "Rotate the VNC password first.")
  boolean refresh;

  @Option(names = "--print", description = "Print host and port instead of starting a viewer.")
  boolean print;

  @Option(names = "--show-password", description = "With --print, print the password too.")
  boolean showPassword;

  @Option(
      names = "--viewer",
      paramLabel = "CMD",
      description = "The viewer to start (TigerVNC-compatible: takes -passwd FILE host::port).")
  String viewer;

  @Override
  public Integer call() {
    JsonNode info = vncInfo();
    if (print) {
      if (!info.isObject()) {
        throw new UnexpectedResponseException(
            200, "unexpected response from the server (VNC details are not an object)");
      }
      ObjectNode shown = info.deepCopy();
      if (!showPassword) {
        shown.put("vnc_password", Secrets.MASK);
      }
      ctx.renderer().row(VIEW, shown);
      return ExitCode.OK;
    }
    VncAddress address = VncAddress.of(info);
    return new VncLauncher(ctx).launch(id, address, info.path("vnc_password").asText(), viewer);
  }

  private JsonNode vncInfo() {
    try {
      return ctx.api()
          .get(ResourceKind.SANDBOX.item(id, "vnc"), Query.of().flag("refresh", refresh));
    } catch (ApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      String status = ctx.api().get(ResourceKind.SANDBOX.item(id), null).path("status").asText();
      if (!"running".equals(status)) {
        throw new ApiException(
            409,
            "sandbox "
                + id
                + " is "
                + status
                + ", not running: VNC is available only while it runs",
            null);
      }
      throw e;
    }
  }
}
