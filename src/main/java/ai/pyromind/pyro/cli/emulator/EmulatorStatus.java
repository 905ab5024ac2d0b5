package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pyro emulator status}: whether an emulator runs, where, and its capacity. */
@Command(
    name = "status",
    description =
        "Tell whether an emulator is running, its pid, URL and capacity used and free (exit 1 when"
            + " none runs).",
    footer = {"", "Examples:", "  pyro emulator status", "  pyro emulator status -o json"})
public final class EmulatorStatus extends ContextCommand {
  @Mixin EmulatorDataDir dataDir;

  @Override
  public Integer call() {
    EmulatorFiles files = dataDir.files(ctx);
    EmulatorProcess process = new EmulatorProcess(files);
    Optional<ProcessHandle> running = process.running();
    ObjectNode status = Json.object();
    status.put("running", running.isPresent());
    running.ifPresent(p -> status.put("pid", p.pid()));
    running.flatMap(p -> process.url()).ifPresent(u -> status.put("url", u));
    status.put("log", files.log().toString());
    capacity(status).ifPresent(c -> status.set("capacity", c));
    if (ctx.renderer().isMachineReadable()) {
      ctx.renderer().value(status);
    } else if (running.isPresent()) {
      ctx.out()
          .println(
              "running (pid " + running.get().pid() + ") at " + status.path("url").asText("?"));
      if (status.has("capacity")) {
        ctx.out().println("capacity: " + describe(status.path("capacity")));
      }
    } else {
      ctx.out().println("not running");
    }
    return running.isPresent() ? ExitCode.OK : ExitCode.FAILURE;
  }

  /** The capacity report, when the emulator answers with the token we know. */
  private Optional<JsonNode> capacity(ObjectNode status) {
    Optional<String> token = EmulatorControl.token(ctx, dataDir.path());
    if (!status.has("url") || token.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ctx.client(status.path("url").asText(), token.get()).get(EmulatorControl.CAPACITY, null));
    } catch (ApiException | NetworkException e) {
      ctx.out().warn("cannot read the emulator's capacity: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code cpu 3 used of 8 (5 free), memory 12 used, no limit, ...}. */
  static String describe(JsonNode capacity) {
    List<String> parts = new ArrayList<>();
    capacity
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode kind = e.getValue();
              String used = e.getKey() + " " + kind.path("used").asLong() + " used";
              parts.add(
                  kind.path("limit").isNull()
                      ? used + ", no limit"
                      : used
                          + " of "
                          + kind.path("limit").asLong()
                          + " ("
                          + kind.path("free").asLong()
                          + " free)");
            });
    return String.join(", ", parts);
  }
}
