package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
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
        ctx.out().error(id + " " + status, ExitCode.ENDED_BADLY, id);
        return ExitCode.ENDED_BADLY;
      }
      case "paused" -> ctx.out().notice("job paused" + where(job) + checkpoint(job));
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

  /**
   * The epoch the job has reached: its current_epoch, else (the API document's job detail has none)
   * its progress, the share of hyperparameters.epochs completed.
   */
  private static String where(JsonNode job) {
    if (job.path("current_epoch").isIntegralNumber()) {
      return " at epoch " + job.path("current_epoch").asLong();
    }
    JsonNode progress = job.path("progress");
    JsonNode epochs = job.path("hyperparameters").path("epochs");
    if (progress.isNumber() && epochs.isIntegralNumber()) {
      return " at epoch " + (long) Math.floor(progress.asDouble() * epochs.asLong() / 100);
    }
    return progress.isNumber() ? " at " + progress.asText() + "% progress" : "";
  }

  /** The checkpoint a resume starts from, the latest the job lists, if it lists any. */
  private static String checkpoint(JsonNode job) {
    JsonNode checkpoints = job.path("checkpoints");
    return checkpoints.isArray() && !checkpoints.isEmpty()
        ? " (checkpoint " + checkpoints.get(checkpoints.size() - 1).asText() + ")"
        : "";
  }
}
