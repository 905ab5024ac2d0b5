package ai.pyromind.pyro.cli.train.watch;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import ai.pyromind.pyro.cli.follow.Deadline;
import ai.pyromind.pyro.cli.follow.Interrupts;
import ai.pyromind.pyro.cli.follow.JobEvents;
import ai.pyromind.pyro.cli.follow.LogFollower;
import ai.pyromind.pyro.cli.follow.LogMerger;
import ai.pyromind.pyro.cli.follow.Poller;
import ai.pyromind.pyro.cli.follow.ServerUnreachable;
import ai.pyromind.pyro.output.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;

/** The poll loop of {@code train watch}, shared by the live and the plain view. */
public final class Watcher {
  private final Context ctx;
  private final String id;
  private final String path;

  private record Poll(JsonNode job, List<String> fresh) {}

  public Watcher(Context ctx, String id, String path) {
    this.ctx = ctx;
    this.id = id;
    this.path = path;
  }

  /**
   * @param timeout stop with 8 after this long, outages included; null for never
   */
  public int run(Duration interval, Duration timeout) {
    Interrupts interrupts = Interrupts.install(ctx.env().sleeper());
    Deadline deadline = Deadline.after(timeout, ctx.env());
    Poller poller = new Poller(ctx, interrupts, interval, deadline);
    WatchState state = new WatchState();
    JobEvents events = new JobEvents(ctx, id);
    boolean live = ctx.env().stdoutTerminal() && ctx.env().stdinTerminal();
    Integer end = null;
    boolean quit = false;
    String timedOut = null;
    try (WatchView view = live ? new LiveWatch(ctx, interrupts) : new PlainWatch(ctx)) {
      while (end == null && !quit && timedOut == null) {
        Poll poll = poll(poller, state.merger);
        state.update(poll.job(), poll.fresh(), ctx.now());
        view.show(state, poll.fresh());
        end =
            live
                ? JobEvents.endCode(poll.job().path("status").asText())
                : events.observe(poll.job());
        if (end == null) {
          quit = view.pause(deadline.cap(interval), interrupts);
          if (!quit && deadline.passed()) {
            timedOut = " (it is " + poll.job().path("status").asText() + ")";
          }
        }
      }
    } catch (Deadline.Reached e) {
      timedOut = " (it is " + state.job.path("status").asText() + ")";
    } catch (ServerUnreachable e) {
      timedOut = ": " + e.getMessage();
    } catch (InterruptedByUser e) {
      ctx.out().interrupted(reattach(), ExitCode.INTERRUPTED, id);
      throw e;
    }
    if (quit) {
      ctx.out().notice(reattach());
      return ExitCode.OK;
    }
    if (timedOut != null) {
      ctx.out()
          .error(
              "timed out after " + Times.duration(timeout) + " watching " + id + timedOut,
              ExitCode.TIMED_OUT,
              id);
      return ExitCode.TIMED_OUT;
    }
    if (live) {
      events.observe(state.job);
    }
    return end;
  }

  private String reattach() {
    return "stopped watching; "
        + id
        + " is untouched. Watch again with: "
        + ctx.rerun("train", "watch", id);
  }

  private Poll poll(Poller poller, LogMerger merger) {
    while (true) {
      int requested = merger.requestSize();
      Query query =
          Query.of()
              .add("include_logs", "true")
              .add("log_lines", requested)
              .add("include_metrics", "true");
      JsonNode job = poller.get(path, query);
      LogMerger.Outcome outcome = merger.accept(LogFollower.lines(job), requested);
      if (outcome.gap()) {
        ctx.out().warn("log lines may be missing: the log grew faster than pyro could read it");
      }
      if (!outcome.retryWider()) {
        return new Poll(job, outcome.lines());
      }
    }
  }
}
