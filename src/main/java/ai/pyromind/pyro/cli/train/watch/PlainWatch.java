package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.output.Sanitizer;
import java.util.List;

/** {@code train watch} without a terminal: one plain line per change, and the new log lines. */
final class PlainWatch implements WatchView {
  private final Context ctx;

  PlainWatch(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public void show(WatchState state, List<String> freshLines) {
    if (state.summaryChanged()) {
      ctx.out().data().println(Sanitizer.line(state.summary()));
    }
    freshLines.forEach(line -> ctx.out().data().println(Sanitizer.line(line)));
    ctx.out().data().flush();
  }
}
