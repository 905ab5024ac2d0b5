package ai.pyromind.pyro.cli.cmdutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.impl.exec.ExecTerminalProvider;

/**
 * The controlling terminal, {@code /dev/tty}, as a JLine terminal: a picker draws there and reads
 * keys from there even when stdout (or stderr) is a pipe, so {@code pyro sandbox get | jq} still
 * shows its list on the screen and only the data goes down the pipe.
 */
final class TtyTerminal {
  static final String TTY = "/dev/tty";

  private TtyTerminal() {}

  static Terminal open(String type) throws IOException {
    return new PosixSysTerminal(
        "pyro",
        type == null ? "xterm" : type,
        new TtyPty(),
        StandardCharsets.UTF_8,
        false,
        Terminal.SignalHandler.SIG_DFL);
  }

  /** Lets go of SIGWINCH again. */
  interface Resizes extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Passes the process's SIGWINCH on to the terminal's WINCH handler until closed. The terminal is
   * made without JLine's native signals, which would set SIGINT and the others to their defaults
   * while it is open; only the resize is wanted.
   */
  static Resizes forwardResizes(Terminal terminal) {
    sun.misc.Signal winch;
    sun.misc.SignalHandler before;
    try {
      winch = new sun.misc.Signal("WINCH");
      before = sun.misc.Signal.handle(winch, s -> terminal.raise(Terminal.Signal.WINCH));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return () -> {}; // no SIGWINCH here: the list keeps its size until the next key
    }
    return () -> sun.misc.Signal.handle(winch, before);
  }

  /** A pty on a named device rather than on one of the standard streams: stty -F /dev/tty. */
  private static final class TtyPty extends ExecPty {
    TtyPty() {
      super(new ExecTerminalProvider(), null, TTY);
    }
  }
}
