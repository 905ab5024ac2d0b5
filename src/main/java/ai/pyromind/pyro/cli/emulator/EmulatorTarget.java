package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.cmdutil.Context;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --data} of the {@code emulator fault} commands: which running emulator they talk to. */
final class EmulatorTarget {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data dir the emulator was started with, if any.")
  Path data;

  /** A client of the running emulator; empty, with the reason said, when none answers. */
  Optional<ApiClient> connect(Context ctx) {
    return EmulatorControl.connect(ctx, data);
  }
}
