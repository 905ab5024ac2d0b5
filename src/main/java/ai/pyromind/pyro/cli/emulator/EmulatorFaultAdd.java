package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro emulator fault add}: the next matching requests fail, stall or drop. */
@Command(
    name = "add",
    description =
        "Make requests whose method and path match fail with a status, stall, or lose their"
            + " connection.",
    footer = {
      "",
      "METHOD is GET, POST, PUT, DELETE or * (any). PATH-PREFIX matches the",
      "start of the path; one not starting with /api/ is taken under /api/v1",
      "(/sandboxes is /api/v1/sandboxes). Without --count the fault stays until",
      "`pyro emulator fault clear`.",
      "",
      "Examples:",
      "  pyro emulator fault add GET /sandboxes --status 503 --count 2",
      "  pyro emulator fault add POST /training/jobs --delay 30s --count 1",
      "  pyro emulator fault add '*' / --close --count 3"
    })
public final class EmulatorFaultAdd extends ContextCommand {
  @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, DELETE or *.")
  String method;

  @Parameters(
      index = "1",
      paramLabel = "PATH-PREFIX",
      description = "The start of the paths to match, e.g. /sandboxes or /api/v1/instances/jp_1.")
  String pathPrefix;

  @Option(
      names = "--status",
      paramLabel = "N",
      description = "Answer this status (400-599) with the API's envelope.")
  Integer status;

  @Option(
      names = "--message",
      paramLabel = "TEXT",
      description = "The envelope's message with --status (default: injected fault).")
  String message;

  @Option(
      names = "--delay",
      paramLabel = "DUR",
      description =
          "Stall this long first (e.g. 500ms, 30s); alone, the request then goes through.")
  String delay;

  @Option(names = "--close", description = "Drop the connection without an answer.")
  boolean close;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Strike only the next N matching requests (default: until cleared).")
  Integer count;

  @Mixin EmulatorTarget emulatorTarget;

  @Override
  public Integer call() {
    if (status == null && !close && delay == null) {
      throw new UsageException("say what the fault does: --status N, --delay DUR or --close");
    }
    if (status != null && close) {
      throw new UsageException("--status and --close exclude each other");
    }
    if (message != null && status == null) {
      throw new UsageException("--message goes with --status");
    }
    ObjectNode fault = Json.object();
    fault.put("method", method);
    fault.put("path_prefix", pathPrefix.startsWith("/api/") ? pathPrefix : apiPath(pathPrefix));
    if (status != null) {
      fault.put("status", status);
    }
    if (message != null) {
      fault.put("message", message);
    }
    if (delay != null) {
      fault.put("delay_ms", Parsers.duration("--delay", delay).toMillis());
    }
    fault.put("close", close);
    if (count != null) {
      fault.put("count", count);
    }
    Optional<ApiClient> emulator = emulatorTarget.connect(ctx);
    if (emulator.isEmpty()) {
      return ExitCode.FAILURE;
    }
    ctx.renderer()
        .row(EmulatorFault.VIEW, emulator.get().post(EmulatorControl.FAULTS, null, fault));
    return ExitCode.OK;
  }

  private static String apiPath(String prefix) {
    return "/api/v1" + (prefix.startsWith("/") ? prefix : "/" + prefix);
  }
}
