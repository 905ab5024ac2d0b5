package ai.pyromind.pyro.cli.apply;

import java.util.List;

/**
 * One field of a create body as a project file may set it: its JSON type, whether the API needs it,
 * whether {@code PUT} can change it after creation, and its children when it is an object.
 */
record Field(
    String name,
    Type type,
    boolean required,
    boolean editable,
    List<Field> children,
    List<String> allowed) {

  enum Type {
    TEXT,
    INTEGER,
    /** An ISO-8601 instant, or {@code +7d} relative to now. */
    TIME,
    /** {@code 48h}, {@code 90m} or ISO-8601 {@code PT48H}. */
    DURATION,
    /** {@code {width, height}}, or {@code 2560x1440}. */
    RESOLUTION,
    /** An object with the children listed. */
    OBJECT,
    /** An object of free keys and values (hyperparameters, model parameters). */
    MAP
  }

  static Field text(String name) {
    return new Field(name, Type.TEXT, false, false, List.of(), List.of());
  }

  static Field of(String name, Type type) {
    return new Field(name, type, false, false, List.of(), List.of());
  }

  static Field oneOf(String name, String... allowed) {
    return new Field(name, Type.TEXT, false, false, List.of(), List.of(allowed));
  }

  static Field object(String name, Field... children) {
    return new Field(name, Type.OBJECT, false, false, List.of(children), List.of());
  }

  Field asRequired() {
    return new Field(name, type, true, editable, children, allowed);
  }

  Field asEditable() {
    return new Field(name, type, required, true, children, allowed);
  }

  /** The child of that name, or null. */
  Field child(String childName) {
    for (Field child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }
}
