package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.JobColumns;
import ai.pyromind.pyro.cli.cmdutil.JobViews;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import java.util.List;

/** How training jobs and the answers of their verbs are shown. */
final class TrainViews {
  static final View JOB = JobViews.job(Column.text("FRAMEWORK", "training_framework"));

  static final View PAUSED =
      new View(
          ResourceKind.TRAINING_JOB.idField(),
          List.of(
              JobColumns.ID,
              JobColumns.STATUS,
              Column.number("EPOCH", "current_epoch"),
              Column.text("CHECKPOINT", "checkpoint_name"),
              Column.relative("PAUSED", "pause_time")));

  static final View RESUMED =
      new View(
          ResourceKind.TRAINING_JOB.idField(),
          List.of(
              JobColumns.ID,
              JobColumns.STATUS,
              Column.text("FROM", "resumed_from_checkpoint"),
              Column.number("LEARNING-RATE", "current_learning_rate"),
              Column.relative("ETA", "estimated_finish_time")));

  static final View DELETED = JobViews.DELETED;

  private TrainViews() {}
}
