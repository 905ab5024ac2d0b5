package ai.pyromind.pyro.emulator;

import java.io.IOException;

/** Why the emulator cannot start, already worded as the one line the user should read. */
public final class StartFailure extends IOException {
  public StartFailure(String message) {
    super(message);
  }

  public StartFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** The port is bound by something else: say so, and what to do, in one line. */
  public static StartFailure portTaken(String host, int port, Throwable cause) {
    return new StartFailure(
        "port "
            + port
            + " on "
            + host
            + " is taken: something is already listening there (if it is an emulator,"
            + " `pyro emulator status` shows it); stop it, or choose another port with --port N"
            + " (0 picks a free one)",
        cause);
  }
}
