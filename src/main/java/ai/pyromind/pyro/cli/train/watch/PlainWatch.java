package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code train watch} without a terminal: one plain line per change, and the new log lines; with
 * {@code -o json} or {@code --jq}, one JSON object per change instead: the job as polled, its
 * {@code logs} only the new lines (through {@code --jq} when given).
 */
final class PlainWatch implements WatchView {
  private final Context ctx;

  PlainWatch(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public void show(WatchState state, List<String> freshLines) {
    boolean changed = state.summaryChanged();
    if (ctx.renderer().format() == OutputFormat.JSON && state.job instanceof ObjectNode job) {
      if (changed || !freshLines.isEmpty()) {
        ObjectNode poll = job.deepCopy();
        ArrayNode logs = poll.putArray("logs");
        freshLines.forEach(logs::add);
        ctx.renderer().streamed(poll);
        ctx.out().data().flush();
      }
      return;
    }
    if (changed) {
      ctx.out().data().println(Sanitizer.line(state.summary()));
    }
    freshLines.forEach(line -> ctx.out().data().println(Sanitizer.line(line)));
    ctx.out().data().flush();
  }
}
