package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.JobColumns;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import java.util.List;

/** How inference jobs are shown. */
final class InferenceViews {
  static final View JOB =
      new View(
          ResourceKind.INFERENCE_JOB.idField(),
          List.of(
              JobColumns.ID,
              JobColumns.NAME,
              JobColumns.STATUS,
              JobColumns.PROGRESS,
              JobColumns.CREATED,
              Column.text("MODEL-TYPE", "model_type").wideOnly(),
              Column.text("MODEL", "model_name").wideOnly(),
              Column.number("PRIORITY", "priority").wideOnly(),
              Column.text("URL", "task_url").wideOnly()));

  static final View DELETED =
      new View(
          ResourceKind.INFERENCE_JOB.idField(),
          List.of(
              JobColumns.ID,
              Column.text("WAS", "status_before_delete"),
              Column.relative("DELETED", "delete_time"),
              Column.text("OUTPUT-DELETED", "delete_output")));

  private InferenceViews() {}
}
