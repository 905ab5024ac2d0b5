package ai.pyromind.pyro.cli.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One package's generated class: the builders of its commands and mixins, and one binding class
 * that reads and writes the package's annotated fields by number (no reflection, no lambdas).
 */
final class PackageSource {
  final String name;
  final Map<String, String> methods = new LinkedHashMap<>();
  private final List<Field> fields = new ArrayList<>();

  PackageSource(String name) {
    this.name = name;
  }

  /** The number of this field (declared in this package) in the binding's switch. */
  int bind(Field field) {
    if (Modifier.isPrivate(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
      throw new IllegalStateException(
          field + ": the generated model sets it directly; make it package-private, not final");
    }
    int index = fields.indexOf(field);
    if (index < 0) {
      fields.add(field);
      index = fields.size() - 1;
    }
    return index;
  }

  String source() {
    StringBuilder s = new StringBuilder(ModelGenerator.HEADER);
    s.append("package ").append(name).append(";\n\n");
    s.append("import picocli.CommandLine;\n");
    s.append("import picocli.CommandLine.Model.CommandSpec;\n");
    s.append("import picocli.CommandLine.Model.OptionSpec;\n");
    s.append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n");
    s.append("/** The picocli model of this package's commands and mixins, as the annotations")
        .append(" declare them. */\n");
    s.append("public final class ").append(ModelGenerator.SPECS).append(" {\n");
    s.append("  private ").append(ModelGenerator.SPECS).append("() {}\n");
    for (String method : methods.values()) {
      s.append('\n').append(method);
    }
    if (!fields.isEmpty()) {
      s.append('\n').append(bindingSource());
    }
    s.append("}\n");
    return s.toString();
  }

  private String bindingSource() {
    StringBuilder get = new StringBuilder();
    StringBuilder set = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String owner = "((" + f.getDeclaringClass().getCanonicalName() + ") target)." + f.getName();
      get.append("        case ").append(i).append(":\n");
      get.append("          return ").append(owner).append(";\n");
      set.append("        case ").append(i).append(":\n");
      set.append("          ")
          .append(owner)
          .append(" = (")
          .append(boxed(f.getType()))
          .append(") value;\n");
      set.append("          break;\n");
    }
    return "  public static Binding binding(Object target, int field) {\n"
        + "    return new Binding(target, field);\n"
        + "  }\n\n"
        + "  /** One annotated field of a command or mixin object, read and written directly. */\n"
        + "  public static final class Binding\n"
        + "      implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {\n"
        + "    private final Object target;\n"
        + "    private final int field;\n\n"
        + "    private Binding(Object target, int field) {\n"
        + "      this.target = target;\n"
        + "      this.field = field;\n"
        + "    }\n\n"
        + "    public Object value() {\n"
        + "      switch (field) {\n"
        + get
        + "        default:\n"
        + "          throw new IllegalStateException(\"no field \" + field);\n"
        + "      }\n"
        + "    }\n\n"
        + "    @Override\n"
        + "    @SuppressWarnings(\"unchecked\")\n"
        + "    public <T> T get() {\n"
        + "      return (T) value();\n"
        + "    }\n\n"
        + "    @Override\n"
        + "    @SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
        + "    public <T> T set(T value) {\n"
        + "      T old = get();\n"
        + "      switch (field) {\n"
        + set
        + "        default:\n"
        + "          throw new IllegalStateException(\"no field \" + field);\n"
        + "      }\n"
        + "      return old;\n"
        + "    }\n"
        + "  }\n";
  }

  private static String boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type.getCanonicalName();
    }
    return switch (type.getName()) {
      case "int" -> "Integer";
      case "char" -> "Character";
      default -> Character.toUpperCase(type.getName().charAt(0)) + type.getName().substring(1);
    };
  }
}
