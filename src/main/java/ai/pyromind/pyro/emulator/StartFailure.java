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
}
