package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import ai.pyromind.pyro.output.OutputFormat;
import ai.pyromind.pyro.output.Sanitizer;
import ai.pyromind.pyro.output.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code logs} and {@code logs -f} of a job: every line once and in order (see {@link LogMerger}),
 * status changes on stderr, through outages, until the job ends: 0 on success, 7 on failure.
 */
public final class LogFollower {
  static final int MAX_LINES = 100_000;
  private static final int FAST = 100;
  private final Context ctx;
  private final String noun;
  private final String id;
  private final String path;
  private final String idField;
  private final JobEvents events;
  private LogFilter filter = LogFilter.NONE;

  public LogFollower(Context ctx, ResourceKind kind, String id) {
    this.ctx = ctx;
    this.noun = Groups.of(kind);
    this.id = id;
    this.path = kind.item(id);
    this.idField = kind.idField();
    this.events = new JobEvents(ctx, id);
  }

  /** Prints only the lines this filter keeps ({@code --since}, {@code --grep}). */
  public LogFollower filter(LogFilter filter) {
    this.filter = filter;
    return this;
  }

  /** Prints the last {@code tail} lines and returns. */
  public int print(int tail) {
    JsonNode job =
        ctx.api().get(path, Query.of().add("include_logs", "true").add("log_lines", tail));
    print(lines(job));
    return ExitCode.OK;
  }

  /**
   * Follows the log until the job ends; {@code tail} null prints the whole log first. With a {@code
   * timeout} (null for none), stops with 8 when it passes, outages included.
   */
  public int follow(Integer tail, Duration interval, Duration timeout) {
    Interrupts interrupts = Interrupts.install(ctx.env().sleeper());
    Deadline deadline = Deadline.after(timeout, ctx.env());
    Poller poller = new Poller(ctx, interrupts, interval, deadline);
    LogMerger merger = new LogMerger(MAX_LINES);
    boolean first = true;
    String status = "unknown";
    try {
      while (true) {
        int requested = merger.requestSize();
        JsonNode job;
        try {
          job =
              poller.get(path, Query.of().add("include_logs", "true").add("log_lines", requested));
        } catch (ApiException e) {
          if (e.status() == 404 && !first) {
            ctx.out().error(id + " was deleted", ExitCode.ENDED_BADLY, id);
            return ExitCode.ENDED_BADLY;
          }
          throw e;
        }
        LogMerger.Outcome outcome = merger.accept(lines(job), requested);
        if (outcome.retryWider()) {
          continue;
        }
        List<String> fresh = outcome.lines();
        if (first && tail != null && fresh.size() > tail) {
          fresh = fresh.subList(fresh.size() - tail, fresh.size());
        }
        if (outcome.gap()) {
          ctx.out().warn("lines may be missing here: the log grew faster than pyro could read it");
        }
        print(fresh);
        first = false;
        Integer end = events.observe(job);
        if (end != null) {
          return end;
        }
        status = job.path("status").asText();
        interrupts.sleep(
            deadline.cap(outcome.lines().size() > FAST ? interval.dividedBy(4) : interval));
        if (deadline.passed()) {
          return timedOut(timeout, " (it is " + status + ")");
        }
      }
    } catch (Deadline.Reached e) {
      return timedOut(timeout, " (it is " + status + ")");
    } catch (ServerUnreachable e) {
      return timedOut(timeout, ": " + e.getMessage());
    } catch (InterruptedByUser e) {
      ctx.out()
          .interrupted(
              "stopped following; "
                  + id
                  + " is untouched. Follow again with: "
                  + ctx.rerun(noun, "logs", id, "-f"),
              ExitCode.INTERRUPTED,
              id);
      throw e;
    }
  }

  private int timedOut(Duration timeout, String why) {
    ctx.out()
        .error(
            "timed out after " + Times.duration(timeout) + " following " + id + why,
            ExitCode.TIMED_OUT,
            id);
    return ExitCode.TIMED_OUT;
  }

  private void print(List<String> lines) {
    OutputFormat format = ctx.renderer().format();
    boolean json = format == OutputFormat.JSON || format == OutputFormat.YAML;
    for (String line : filter.apply(lines)) {
      if (json) {
        ctx.renderer().streamed(asJson(line));
      } else {
        ctx.out().data().println(Sanitizer.line(line));
      }
    }
    ctx.out().data().flush();
  }

  private ObjectNode asJson(String line) {
    ObjectNode node = Json.object();
    node.put(idField, id);
    int dash = line.indexOf(" - ");
    if (dash > 0) {
      node.put("time", line.substring(0, dash));
      node.put("message", line.substring(dash + 3));
    } else {
      node.put("message", line);
    }
    return node;
  }

  /** A job's {@code logs} as lines: an array of strings, or one string (instances). */
  public static List<String> lines(JsonNode job) {
    List<String> lines = new ArrayList<>();
    JsonNode logs = job.path("logs");
    if (logs.isArray()) {
      logs.forEach(l -> lines.add(l.asText()));
    } else if (logs.isTextual() && !logs.asText().isEmpty()) {
      lines.addAll(List.of(logs.asText().split("\n")));
    }
    return lines;
  }
}
