package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * A reader of the plain YAML pyro writes its config in: nested block mappings indented by two
 * spaces, keys of letters, digits, {@code _} and {@code -}, and values YAML can only read as
 * strings (a letter first and no space, or a duration such as {@code 30s}). For any other text it
 * returns null and the YAML library reads it; on its subset it builds the tree the library builds
 * ({@code PlainYamlTest} holds the two together on thousands of generated documents). Starting the
 * library costs 11-18 ms of every command that reads the config (bench/RESULTS.md, stop 20).
 */
final class PlainYaml {
  /** Plain words YAML 1.1 or 1.2 reads as booleans or null, in any case. */
  private static final Set<String> NOT_STRINGS =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

  private PlainYaml() {}

  /** The document's tree, or null when the text is not in the plain subset. */
  static JsonNode read(String text) {
    if (text.isEmpty() || text.length() > 65_536) {
      return null;
    }
    ObjectNode root = Json.object();
    Deque<ObjectNode> open = new ArrayDeque<>();
    open.push(root);
    String pendingKey = null; // a key whose value is the mapping on the next lines
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end);
      start = end < 0 ? text.length() : end + 1;
      if (line.isEmpty()) {
        continue;
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      int depth = indent / 2;
      if (indent % 2 != 0) {
        return null;
      }
      if (pendingKey != null) {
        if (depth != open.size()) {
          return null;
        }
        ObjectNode child = Json.object();
        open.peek().set(pendingKey, child);
        open.push(child);
        pendingKey = null;
      }
      if (depth >= open.size()) {
        return null;
      }
      while (open.size() > depth + 1) {
        open.pop();
      }
      int colon = line.indexOf(':', indent);
      if (colon < 0
          || !isKey(line, indent, colon)
          || open.peek().has(line.substring(indent, colon))) {
        return null;
      }
      String key = line.substring(indent, colon);
      if (colon == line.length() - 1) {
        pendingKey = key;
      } else if (line.charAt(colon + 1) == ' ' && isPlainString(line.substring(colon + 2))) {
        open.peek().put(key, line.substring(colon + 2));
      } else {
        return null;
      }
    }
    return pendingKey == null && root.size() > 0 ? root : null;
  }

  private static boolean isKey(String line, int from, int to) {
    char first = to > from ? line.charAt(from) : ' ';
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A value YAML reads as this very string and nothing else. */
  static boolean isPlainString(String value) {
    if (value.isEmpty() || NOT_STRINGS.contains(value.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (isDuration(value)) {
      return true;
    }
    char first = value.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')
        || value.charAt(value.length() - 1) == ':') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || "_./:@+=-".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** Digits then a unit, one or more times: {@code 30s}, {@code 1h30m}, {@code 250ms}. */
  private static boolean isDuration(String value) {
    int i = 0;
    boolean any = false;
    while (i < value.length()) {
      int digits = i;
      while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        i++;
      }
      if (i == digits) {
        return false;
      }
      if (value.startsWith("ms", i)) {
        i += 2;
      } else if (i < value.length() && "smhd".indexOf(value.charAt(i)) >= 0) {
        i++;
      } else {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
