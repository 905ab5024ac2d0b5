package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.Rerun;
import java.nio.file.Path;

/** Where a detached emulator keeps its pid and log: the data dir, else the user's state dir. */
final class EmulatorFiles {
  private final Path dir;
  private final boolean dataDir;

  private EmulatorFiles(Path dir, boolean dataDir) {
    this.dir = dir;
    this.dataDir = dataDir;
  }

  static EmulatorFiles of(Path dataDir, Env env) {
    if (dataDir != null) {
      return new EmulatorFiles(dataDir.toAbsolutePath(), true);
    }
    String state = env.var("XDG_STATE_HOME");
    String home = env.var("HOME") != null ? env.var("HOME") : System.getProperty("user.home");
    Path base = state != null ? Path.of(state) : Path.of(home, ".local", "state");
    return new EmulatorFiles(base.resolve("pyro"), false);
  }

  /** The command that stops the emulator these files belong to. */
  String stopCommand() {
    return "pyro emulator stop" + (dataDir ? " --data " + Rerun.quote(dir.toString()) : "");
  }

  Path dir() {
    return dir;
  }

  Path pid() {
    return dir.resolve("emulator.pid");
  }

  Path log() {
    return dir.resolve("emulator.log");
  }

  /** Held by the running emulator while it lives: see {@link EmulatorLock}. */
  Path lock() {
    return dir.resolve("emulator.lock");
  }

  /** The URL the running emulator announced, kept beside the pid. */
  Path url() {
    return dir.resolve("emulator.url");
  }
}
