package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

class TtyTerminalTest {
  private static final Signal WINCH = new Signal("WINCH");

  /** The /dev/tty terminal has no native signals: without this, a picker never hears a resize. */
  @Test
  void theProcessSigwinchReachesTheTerminalUntilLetGo() throws Exception {
    Semaphore resized = new Semaphore(0);
    Semaphore heardBefore = new Semaphore(0);
    SignalHandler original = Signal.handle(WINCH, s -> heardBefore.release());
    try (Terminal terminal =
        TerminalBuilder.builder()
            .system(false)
            .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
            .type("xterm")
            .size(new Size(80, 24))
            .build()) {
      terminal.handle(Terminal.Signal.WINCH, s -> resized.release());
      try (TtyTerminal.Resizes resizes = TtyTerminal.forwardResizes(terminal)) {
        Signal.raise(WINCH);
        assertThat(resized.tryAcquire(10, TimeUnit.SECONDS)).as("passed on").isTrue();
      }
      Signal.raise(WINCH);
      assertThat(heardBefore.tryAcquire(10, TimeUnit.SECONDS))
          .as("handler before restored")
          .isTrue();
      assertThat(resized.availablePermits()).as("passed on after closing").isZero();
    } finally {
      Signal.handle(WINCH, original);
    }
  }
}
