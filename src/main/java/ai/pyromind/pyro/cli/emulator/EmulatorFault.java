package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.cmdutil.GroupCommand;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pyro emulator fault}: make the running emulator fail on purpose. */
@Command(
    name = "fault",
    description =
        "Inject faults into the running emulator: matching requests fail, stall or drop the"
            + " connection (to test a script's retries).",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Faults live in the emulator's memory only: they never reach its data",
      "dir, and a restart clears them.",
      "",
      "Examples:",
      "  pyro emulator fault add GET /sandboxes --status 503 --count 2",
      "  pyro emulator fault clear"
    })
public final class EmulatorFault extends GroupCommand {
  static final View VIEW =
      new View(
          "id",
          List.of(
              Column.number("ID", "/id"),
              Column.text("METHOD", "/method"),
              Column.text("PATH", "/path_prefix"),
              Column.computed("DOES", Column.Kind.TEXT, EmulatorFault::does),
              Column.computed(
                  "LEFT",
                  Column.Kind.TEXT,
                  f ->
                      f.path("remaining").isNull()
                          ? "until cleared"
                          : f.path("remaining").asText())));

  private static String does(com.fasterxml.jackson.databind.JsonNode f) {
    String delay =
        f.path("delay_ms").asLong() > 0 ? "wait " + f.path("delay_ms").asLong() + "ms" : "";
    String then;
    if (f.path("close").asBoolean()) {
      then = "drop the connection";
    } else if (f.has("status")) {
      then = f.path("status").asInt() + " " + f.path("message").asText();
    } else {
      then = "";
    }
    return delay.isEmpty() ? then : then.isEmpty() ? delay : delay + ", then " + then;
  }
}
