package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import java.util.List;

/** The views inference and training jobs share: the job itself, and a deleted job. */
public final class JobViews {
  public static final View DELETED =
      new View(
          ResourceKind.TRAINING_JOB.idField(),
          List.of(
              JobColumns.ID,
              Column.text("WAS", "status_before_delete"),
              Column.relative("DELETED", "delete_time"),
              Column.text("OUTPUT-DELETED", "delete_output")));

  private JobViews() {}

  /** A job, its kind's own column (its framework, its model type) first among the wide ones. */
  public static View job(Column kindColumn) {
    return new View(
        ResourceKind.TRAINING_JOB.idField(),
        List.of(
            JobColumns.ID,
            JobColumns.NAME,
            JobColumns.STATUS,
            JobColumns.PROGRESS,
            JobColumns.CREATED,
            kindColumn.wideOnly(),
            Column.text("MODEL", "model_name").wideOnly(),
            Column.number("PRIORITY", "priority").wideOnly(),
            Column.text("URL", "task_url").wideOnly()));
  }
}
