package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.output.Column;

/** Columns that inference and training jobs share. */
public final class JobColumns {
  public static final Column ID = Column.text("ID", "job_id");
  public static final Column NAME = Column.text("NAME", "name");
  public static final Column STATUS = Column.status("status");
  public static final Column PROGRESS =
      Column.computed(
          "PROGRESS",
          Column.Kind.NUMBER,
          job -> job.path("progress").isNumber() ? job.path("progress").asText() + "%" : "");
  public static final Column CREATED = Column.age("create_time");

  private JobColumns() {}
}
