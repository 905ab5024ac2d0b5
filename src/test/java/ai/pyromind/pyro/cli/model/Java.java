package ai.pyromind.pyro.cli.model;

import java.util.ArrayList;
import java.util.List;

/** Java source literals for the model generator. */
final class Java {
  private Java() {}

  static String literal(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char ch : s.toCharArray()) {
        switch (ch) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (ch < 0x20 || ch > 0x7e) {
              out.append(String.format("\\u%04x", (int) ch));
            } else {
              out.append(ch);
            }
          }
        }
      }
      return out.append('"').toString();
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof Character c) {
      return c == '\'' ? "'\\''" : c == '\\' ? "'\\\\'" : "'" + c + "'";
    }
    if (value instanceof Enum<?> e) {
      return e.getDeclaringClass().getCanonicalName() + "." + e.name();
    }
    if (value instanceof String[] array) {
      return strings(array);
    }
    throw new IllegalArgumentException("no literal for " + value.getClass() + ": " + value);
  }

  static String strings(String[] values) {
    List<String> parts = new ArrayList<>();
    for (String v : values) {
      parts.add(literal(v));
    }
    return "new String[] {" + String.join(", ", parts) + "}";
  }

  /** {@code SandboxList} becomes {@code sandboxList}. */
  static String methodName(Class<?> type) {
    String name = type.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
