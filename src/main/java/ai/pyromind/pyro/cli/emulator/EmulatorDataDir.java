package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.cmdutil.Context;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data} of {@code emulator status} and {@code stop}: whose files they read. */
final class EmulatorDataDir {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data dir it was started with, if any.")
  Path data;

  /** The data dir given, or null for the default one. */
  Path path() {
    return data;
  }

  /** The files of the emulator started with that data dir (or the default one). */
  EmulatorFiles files(Context ctx) {
    return EmulatorFiles.of(data, ctx.env());
  }
}
