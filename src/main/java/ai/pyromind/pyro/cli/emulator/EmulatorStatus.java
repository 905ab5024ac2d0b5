package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.ExitCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pyro emulator status}: whether an emulator runs, and where. */
@Command(
    name = "status",
    description = "Tell whether an emulator is running, its pid and URL (exit 1 when none runs).",
    footer = {"", "Examples:", "  pyro emulator status", "  pyro emulator status -o json"})
public final class EmulatorStatus extends ContextCommand {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data dir it was started with, if any.")
  Path data;

  @Override
  public Integer call() {
    EmulatorFiles files = EmulatorFiles.of(data, ctx.env());
    EmulatorProcess process = new EmulatorProcess(files);
    Optional<ProcessHandle> running = process.running();
    ObjectNode status = Json.object();
    status.put("running", running.isPresent());
    running.ifPresent(p -> status.put("pid", p.pid()));
    running.flatMap(p -> process.url()).ifPresent(u -> status.put("url", u));
    status.put("log", files.log().toString());
    if (ctx.renderer().isMachineReadable()) {
      ctx.renderer().value(status);
    } else if (running.isPresent()) {
      ctx.out()
          .println(
              "running (pid " + running.get().pid() + ") at " + status.path("url").asText("?"));
    } else {
      ctx.out().println("not running");
    }
    return running.isPresent() ? ExitCode.OK : ExitCode.FAILURE;
  }
}
