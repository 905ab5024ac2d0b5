package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.Context;
import ai.pyromind.pyro.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;

/** Tells status changes of a followed job on stderr, and whether it has ended. */
public final class JobEvents {
  private final Context ctx;
  private final String id;
  private String last;

  public JobEvents(Context ctx, String id) {
    this.ctx = ctx;
    this.id = id;
  }

  /** Notes the job's status; returns the exit code once it has ended, else null. */
  public Integer observe(JsonNode job) {
    String status = job.path("status").asText();
    String before = last;
    last = status;
    if (status.equals(before)) {
      return null;
    }
    switch (status) {
      case "success" -> {
        ctx.out().success(id + " succeeded");
        return ExitCode.OK;
      }
      case "failed", "canceled" -> {
        ctx.out().error(id + " " + status);
        return ExitCode.ENDED_BADLY;
      }
      case "paused" -> ctx.out().notice("job paused" + where(job));
      case "running" -> {
        if ("paused".equals(before)) {
          ctx.out().notice("job resumed" + where(job));
        }
      }
      default -> {
        // pending and unknown states are shown by the next line, if any
      }
    }
    return null;
  }

  /** The exit code of a job that has ended in this status, or null while it goes on. */
  public static Integer endCode(String status) {
    return switch (status) {
      case "success" -> ExitCode.OK;
      case "failed", "canceled" -> ExitCode.ENDED_BADLY;
      default -> null;
    };
  }

  private static String where(JsonNode job) {
    if (job.has("current_epoch")) {
      return " at epoch " + job.path("current_epoch").asText();
    }
    return job.has("progress") ? " at " + job.path("progress").asText() + "%" : "";
  }
}
