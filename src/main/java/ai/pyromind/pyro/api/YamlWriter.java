package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Block-style YAML of a JSON tree, every document and list item ending with a newline. A string is
 * written plain only when it cannot be read back as anything else by a YAML 1.1 or 1.2 loader: it
 * starts with a letter, {@code /} or {@code _}, holds only letters, digits and {@code _-./@+=,()}
 * (a colon only before a non-space), and is no boolean or null word ({@code yes}, {@code on},
 * {@code y}, {@code null}, ...). Everything else is double-quoted with JSON's escapes, which both
 * YAML versions read, and with every control, bidi and line-separator character escaped.
 */
final class YamlWriter {
  private static final Set<String> WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
  private final Appendable out;

  YamlWriter(Appendable out) {
    this.out = out;
  }

  /** One node as a whole document. */
  void document(JsonNode node) throws IOException {
    node(node, 0);
  }

  /** One item of a top-level list. */
  void listItem(JsonNode node) throws IOException {
    out.append("- ");
    node(node, 2);
  }

  /** Writes a node whose first line starts at the cursor, its other lines at {@code indent}. */
  private void node(JsonNode n, int indent) throws IOException {
    if (n.isObject() && !n.isEmpty()) {
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); first = false) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!first) {
          out.append(" ".repeat(indent));
        }
        out.append(string(field.getKey())).append(':');
        JsonNode value = field.getValue();
        if (value.isContainerNode() && !value.isEmpty()) {
          int inner = value.isObject() ? indent + 2 : indent;
          out.append('\n').append(" ".repeat(inner));
          node(value, inner);
        } else {
          out.append(' ').append(scalar(value)).append('\n');
        }
      }
    } else if (n.isArray() && !n.isEmpty()) {
      boolean first = true;
      for (JsonNode element : n) {
        out.append(first ? "- " : " ".repeat(indent) + "- ");
        node(element, indent + 2);
        first = false;
      }
    } else {
      out.append(scalar(n)).append('\n');
    }
  }

  private static String scalar(JsonNode n) {
    if (n.isObject()) {
      return "{}";
    } else if (n.isArray()) {
      return "[]";
    } else if (n.isNull() || n.isMissingNode()) {
      return "null";
    } else if (n.isBoolean()) {
      return n.asText();
    } else if (n.isNumber()) {
      return number(Json.numberText(n));
    }
    return string(n.asText());
  }

  /**
   * A number as written, made readable as a float by YAML 1.1 too, which wants a dot and a signed
   * exponent ({@code 1e-07} becomes {@code 1.0e-07}, {@code 1E3} becomes {@code 1.0E+3}).
   */
  static String number(String text) {
    switch (text) {
      case "Infinity":
        return ".inf";
      case "-Infinity":
        return "-.inf";
      case "NaN":
        return ".nan";
      default:
        break;
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e < 0) {
      return text;
    }
    String mantissa = text.substring(0, e);
    String exponent = text.substring(e + 1);
    return (mantissa.contains(".") ? mantissa : mantissa + ".0")
        + text.charAt(e)
        + (exponent.startsWith("-") || exponent.startsWith("+") ? exponent : "+" + exponent);
  }

  static String string(String s) {
    return plain(s) ? s : quoted(s);
  }

  static boolean plain(String s) {
    if (s.isEmpty() || WORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    char first = s.charAt(0);
    if (!(Character.isLetter(first) || first == '/' || first == '_')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean safe =
          Character.isLetterOrDigit(c)
              || "_-./@+=,() ".indexOf(c) >= 0
              || (c == ':' && i + 1 < s.length() && s.charAt(i + 1) != ' ');
      if (!safe) {
        return false;
      }
    }
    return s.charAt(s.length() - 1) != ' ';
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (printable(s, i)) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** YAML's printable set, less the bidi and line-separator characters and lone surrogates. */
  private static boolean printable(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return !ControlChars.unsafe(c) && c != '\ufeff' && c != '\ufffe' && c != '\uffff';
  }
}
