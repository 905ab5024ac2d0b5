package ai.pyromind.pyro.output;

import java.util.List;

/**
 * How one kind of resource is shown: its id field and its table columns.
 *
 * @param masked fields shown as *** in table and detail views (json/yaml keep them)
 * @param sections fields that piped table output prints after the row (see {@link Section})
 */
public record View(
    String idField, List<Column> columns, List<String> masked, List<Section> sections) {
  public View(String idField, List<Column> columns, List<String> masked) {
    this(idField, columns, masked, List.of());
  }

  public View(String idField, List<Column> columns) {
    this(idField, columns, List.of(), List.of());
  }

  /** The same view with sections after the row when piped (e.g. what --metrics, --logs asked). */
  public View withSections(List<Section> wanted) {
    return new View(idField, columns, masked, wanted);
  }
}
