package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.Column;

/** Columns that the views of several kinds share: id, name, status, resources, age. */
public final class ResourceColumns {
  public static final Column NAME = Column.text("NAME", Fields.NAME);
  public static final Column STATUS = Column.status(Fields.STATUS);
  public static final Column CPU = Column.number("CPU", Fields.resource(Fields.CPU));
  public static final Column MEMORY = Column.number("MEM", Fields.resource(Fields.MEMORY));
  public static final Column GPU = Column.number("GPU", Fields.resource(Fields.GPU));
  public static final Column CREATED = Column.age(Fields.CREATE_TIME);

  private ResourceColumns() {}

  /** The ID column of a kind: its id field. */
  public static Column id(ResourceKind kind) {
    return Column.text("ID", kind.idField());
  }
}
