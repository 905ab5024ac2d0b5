package ai.pyromind.pyro.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into a JSON item as kubectl writes it: {@code .resource_config.gpu}, {@code .logs[0]},
 * optionally in braces ({@code {.name}}); the leading dot may be left out.
 */
public final class DottedPath {
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
  private final String text;
  private final List<Object> steps;

  private DottedPath(String text, List<Object> steps) {
    this.text = text;
    this.steps = steps;
  }

  /** Parses a path; throws IllegalArgumentException naming what is wrong. */
  public static DottedPath parse(String text) {
    String path = text.trim();
    if (path.startsWith("{") && path.endsWith("}")) {
      path = path.substring(1, path.length() - 1).trim();
    }
    String rest = path.startsWith(".") ? path.substring(1) : path;
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(rest);
    int at = 0;
    while (at < rest.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("invalid path '" + text + "' (expected e.g. .a.b[0])");
      }
      steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
      at = m.end();
      if (at < rest.length() && rest.charAt(at) == '.') {
        at++;
        if (at == rest.length()) {
          throw new IllegalArgumentException("invalid path '" + text + "' (ends with a dot)");
        }
      }
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("invalid path '" + text + "' (expected e.g. .name)");
    }
    return new DottedPath(text.trim(), steps);
  }

  /** The node at this path in {@code item}; a missing node when any step is absent. */
  public JsonNode in(JsonNode item) {
    JsonNode node = item;
    for (Object step : steps) {
      node = step instanceof Integer i ? node.path(i) : node.path((String) step);
      if (node.isMissingNode()) {
        return MissingNode.getInstance();
      }
    }
    return node;
  }

  @Override
  public String toString() {
    return text;
  }
}
