package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.cli.cmdutil.JobViews;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;

/** How inference jobs are shown. */
final class InferenceViews {
  static final View JOB = JobViews.job(Column.text("MODEL-TYPE", "model_type"));

  static final View DELETED = JobViews.DELETED;

  private InferenceViews() {}
}
