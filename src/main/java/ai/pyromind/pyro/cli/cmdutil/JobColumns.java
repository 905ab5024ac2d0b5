package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.Column;

/** Columns that inference and training jobs share. */
public final class JobColumns {
  public static final Column ID = ResourceColumns.id(ResourceKind.TRAINING_JOB);
  public static final Column NAME = ResourceColumns.NAME;
  public static final Column STATUS = ResourceColumns.STATUS;
  public static final Column PROGRESS =
      Column.computed(
          "PROGRESS",
          Column.Kind.NUMBER,
          job -> job.path("progress").isNumber() ? job.path("progress").asText() + "%" : "");
  public static final Column CREATED = ResourceColumns.CREATED;

  private JobColumns() {}
}
