package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.follow.Interrupts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * {@code train watch} on a terminal: the alternate screen, redrawn in place each poll and on
 * resize; {@code q} leaves; the terminal is restored however it ends, and a summary of the job
 * stays on the normal screen.
 */
final class LiveWatch implements WatchView {
  private static final int CTRL_C = 3;
  private final Context ctx;
  private final Terminal terminal;
  private final Attributes saved;
  private WatchState last;

  LiveWatch(Context ctx, Interrupts interrupts) {
    this.ctx = ctx;
    try {
      terminal = TerminalBuilder.builder().system(true).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
    }
    saved = terminal.enterRawMode();
    terminal.handle(Terminal.Signal.INT, s -> interrupts.request());
    terminal.handle(Terminal.Signal.WINCH, s -> redraw());
    terminal.puts(Capability.enter_ca_mode);
    terminal.puts(Capability.cursor_invisible);
    terminal.flush();
  }

  @Override
  public void show(WatchState state, List<String> freshLines) {
    last = state;
    redraw();
  }

  private synchronized void redraw() {
    if (last == null) {
      return;
    }
    int width = Math.max(20, terminal.getWidth() > 0 ? terminal.getWidth() : 80);
    int height = Math.max(8, terminal.getHeight() > 0 ? terminal.getHeight() : 24);
    StringBuilder screen = new StringBuilder("\u001b[H");
    List<String> lines = WatchScreen.render(last, width, height, Instant.now(), ctx.out().color());
    for (int i = 0; i < lines.size(); i++) {
      screen.append(lines.get(i)).append("\u001b[K");
      if (i < lines.size() - 1) {
        screen.append("\r\n");
      }
    }
    screen.append("\u001b[J");
    terminal.writer().print(screen);
    terminal.flush();
  }

  @Override
  public boolean pause(Duration interval, Interrupts interrupts) {
    NonBlockingReader keys = terminal.reader();
    long deadline = System.nanoTime() + interval.toNanos();
    try {
      while (true) {
        interrupts.check();
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          return false;
        }
        int key = keys.read(Math.min(left, 200));
        if (key == 'q' || key == 'Q') {
          return true;
        }
        if (key == CTRL_C) {
          interrupts.request();
        }
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** Restores the terminal, then leaves a summary of the job on the normal screen. */
  @Override
  public void close() {
    terminal.puts(Capability.cursor_normal);
    terminal.puts(Capability.exit_ca_mode);
    terminal.setAttributes(saved);
    terminal.flush();
    int width = Math.max(20, terminal.getWidth() > 0 ? terminal.getWidth() : 80);
    try {
      terminal.close();
    } catch (IOException e) {
      // the terminal is restored above; closing it is best effort
    }
    if (last != null) {
      WatchSummary.lines(last, width, ctx.out().color()).forEach(ctx.out().data()::println);
      ctx.out().data().flush();
    }
  }
}
