package ai.pyromind.pyro.api;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Methanol reports a body error that arrives after the body was cancelled as a "dropped exception",
 * a warning with a stack trace that {@code java.util.logging} prints on stderr. pyro cancels a body
 * still arriving when its deadline passes or on Ctrl-C, and has reported that already in one line:
 * before it cancels, it turns Methanol's logging off. Only then, so that a run that cancels nothing
 * never loads the logging classes.
 */
final class QuietMethanol {
  /** Held: {@code java.util.logging} keeps loggers only weakly, and would forget the level. */
  private static final Logger LOGGER = quiet();

  private QuietMethanol() {}

  private static Logger quiet() {
    Logger logger = Logger.getLogger("com.github.mizosoft.methanol");
    logger.setLevel(Level.OFF);
    return logger;
  }

  /** Turns Methanol's logging off for the rest of the run (once; later calls do nothing). */
  static void now() {
    LOGGER.getName();
  }
}
