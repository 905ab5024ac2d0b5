package ai.pyromind.pyro.output;

import java.util.List;

/**
 * How one kind of resource is shown: its id field and its table columns.
 *
 * @param masked fields shown as *** in table and detail views (json/yaml keep them)
 */
public record View(String idField, List<Column> columns, List<String> masked) {
  public View(String idField, List<Column> columns) {
    this(idField, columns, List.of());
  }
}
