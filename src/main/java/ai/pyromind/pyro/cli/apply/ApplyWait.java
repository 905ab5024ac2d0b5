package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import ai.pyromind.pyro.cli.cmdutil.Words;
import ai.pyromind.pyro.cli.follow.Backoff;
import ai.pyromind.pyro.cli.follow.Interrupts;
import ai.pyromind.pyro.cli.follow.Poller;
import ai.pyromind.pyro.cli.follow.StateRule;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import ai.pyromind.pyro.cli.follow.Waiter;
import ai.pyromind.pyro.output.DisplayWidth;
import ai.pyromind.pyro.output.Sanitizer;
import ai.pyromind.pyro.output.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code apply --wait}: polls everything that was created in one loop, so the resources are waited
 * for side by side under one deadline and one Ctrl-C. Each ends as {@code wait} would end it, with
 * one line on stderr: 0 in its state, 7 when it can no longer get there, 8 when time ran out. The
 * exit code is the worst of them: 8 before 7 before 0.
 */
final class ApplyWait {
  private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
  private final Context ctx;
  private final WaitOptions options;

  ApplyWait(Context ctx, WaitOptions options) {
    this.ctx = ctx;
    this.options = options;
  }

  /** A created resource being waited for. */
  private record Awaited(String id, Kind kind) {
    String path() {
      return kind.resource.item(id);
    }

    String reattach() {
      return "pyro " + kind.noun() + " wait " + id + " --for " + kind.ready.wanted();
    }
  }

  int await(List<Applier.Outcome> outcomes) {
    Map<Awaited, String> waiting = new LinkedHashMap<>();
    outcomes.stream()
        .filter(Applier.Outcome::created)
        .forEach(o -> waiting.put(new Awaited(o.id(), o.step().resource().kind()), ""));
    if (waiting.isEmpty()) {
      return ExitCode.OK;
    }
    Duration timeout = options.timeout();
    Interrupts interrupts = Interrupts.install(ctx.env().sleeper());
    Poller poller = new Poller(ctx, interrupts, options.interval());
    Backoff pacing = new Backoff(options.interval(), Waiter.pollCap(options.interval()));
    Instant started = ctx.now();
    int worst = ExitCode.OK;
    try {
      for (int frame = 0; ; frame++) {
        worst = Math.max(worst, pollEach(poller, waiting)); // codes rank as numbers: 8 > 7 > 0
        if (waiting.isEmpty()) {
          return worst;
        }
        Duration elapsed = Duration.between(started, ctx.now());
        if (timeout != null && elapsed.compareTo(timeout) >= 0) {
          waiting.forEach((resource, status) -> timedOut(resource, status, timeout));
          return ExitCode.TIMED_OUT;
        }
        progress(SPINNER.charAt(frame % SPINNER.length()), waiting, elapsed);
        Duration pause = pacing.next();
        Duration left = timeout == null ? pause : timeout.minus(elapsed);
        interrupts.sleep(pause.compareTo(left) > 0 ? left : pause);
      }
    } catch (RuntimeException e) {
      clearProgress();
      if (e instanceof InterruptedByUser) {
        ctx.out().interrupted(stopped(waiting.keySet()), ExitCode.INTERRUPTED, null);
      }
      throw e;
    }
  }

  /**
   * One GET for each resource still awaited: those that ended leave the map, the rest keep their
   * latest status. Returns the worst exit code of those that ended.
   */
  private int pollEach(Poller poller, Map<Awaited, String> waiting) {
    int worst = ExitCode.OK;
    for (Awaited resource : List.copyOf(waiting.keySet())) {
      String status = status(poller, resource);
      int code = ended(resource, status);
      if (code < 0) {
        waiting.put(resource, status);
      } else {
        waiting.remove(resource);
        worst = Math.max(worst, code);
      }
    }
    return worst;
  }

  /** After Ctrl-C: one hint naming every resource still awaited and how to wait for it again. */
  private static String stopped(Collection<Awaited> waiting) {
    return "stopped waiting; "
        + waiting.stream().map(Awaited::id).collect(Collectors.joining(", "))
        + (waiting.size() == 1 ? " is" : " are")
        + " untouched. Wait again with: "
        + waiting.stream().map(Awaited::reattach).collect(Collectors.joining(" && "));
  }

  /** The resource's status; a resource gone (404) counts as deleted. */
  private static String status(Poller poller, Awaited resource) {
    try {
      return poller.get(resource.path(), null).path("status").asText();
    } catch (ApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      return StateRule.DELETED;
    }
  }

  /** The exit code the resource ended with, with its line on stderr; -1 while it may still come. */
  private int ended(Awaited resource, String status) {
    StateRule rule = resource.kind().ready;
    if (rule.reached(status)) {
      clearProgress();
      ctx.out().success(resource.id() + " " + Words.state(status));
      return ExitCode.OK;
    }
    if (rule.hopeless(status) || status.equals(StateRule.DELETED)) {
      clearProgress();
      ctx.out()
          .error(
              resource.id()
                  + " "
                  + Words.state(status)
                  + "; it can no longer reach "
                  + rule.wanted(),
              ExitCode.ENDED_BADLY,
              resource.id());
      return ExitCode.ENDED_BADLY;
    }
    return -1;
  }

  private void timedOut(Awaited resource, String status, Duration timeout) {
    clearProgress();
    ctx.out()
        .error(
            "timed out after "
                + Times.duration(timeout)
                + " waiting for "
                + resource.id()
                + " to be "
                + resource.kind().ready.wanted()
                + " (it is "
                + status
                + ")",
            ExitCode.TIMED_OUT,
            resource.id());
  }

  private void progress(char spinner, Map<Awaited, String> waiting, Duration elapsed) {
    if (ctx.env().stderrTerminal() && !ctx.out().quiet()) {
      String line =
          Sanitizer.line(
              spinner
                  + " waiting for "
                  + waiting.entrySet().stream()
                      .map(e -> e.getKey().id() + " (" + e.getValue() + ")")
                      .collect(Collectors.joining(", "))
                  + " "
                  + Times.compact(elapsed));
      int room = Math.max(10, ctx.out().errWidth() - 1);
      // cut in terminal columns: a line that wraps is not cleared by the next "\r\033[K"
      ctx.out().err().print("\r\u001b[K" + DisplayWidth.truncate(line, room, ""));
      ctx.out().err().flush();
    }
  }

  private void clearProgress() {
    if (ctx.env().stderrTerminal() && !ctx.out().quiet()) {
      ctx.out().err().print("\r\u001b[K");
      ctx.out().err().flush();
    }
  }
}
