package ai.pyromind.pyro.testing;

import static org.assertj.core.api.Assertions.fail;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hostile server's text and a check that none of it reaches a terminal raw. {@link #poison} turns
 * any fixture into one whose every string carries terminal controls; {@link #assertInert} flags any
 * raw control character in what a run printed on stdout and stderr.
 */
public final class Hostile {
  /**
   * OSC 52 (clipboard), OSC 0 (title), OSC 8 (link), clear screen, CR, BS, BEL, C1 CSI, DEL, NEL,
   * bidi override, isolate and marks, line separator.
   */
  public static final String TEXT =
      "\u001b]52;c;cHduZWQ=\u0007\u001b]0;owned\u0007\u001b]8;;http://evil/\u001b\\link"
          + "\u001b[2J\r\b\u009b31m\u007f\u0085\u202eevil\u2066\u2069\u200e\u200f\u061c\u2028";

  /**
   * pyro's own colour (SGR) and progress-line erase (CR, EL), which the server's text can never
   * produce raw once it is neutralised.
   */
  private static final Pattern OWN_STYLE = Pattern.compile("\u001b\\[[0-9;]*m|\r\u001b\\[K");

  private Hostile() {}

  /** The JSON with {@link #TEXT} after every string and a hostile field in every object. */
  public static String poison(String json) {
    try {
      return Json.compact(poison(Json.parse(json)));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode poison(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = Json.object();
      node.fields().forEachRemaining(f -> copy.set(f.getKey(), poison(f.getValue())));
      copy.put("x" + TEXT, TEXT);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.array();
      node.forEach(e -> copy.add(poison(e)));
      return copy;
    }
    return node.isTextual() ? Json.NODES.textNode(node.asText() + TEXT) : node;
  }

  /** Fails naming each raw control character (newline and tab aside) a run printed. */
  public static void assertInert(PyroRun.Result r) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> stream :
        Map.of("stdout", r.out(), "stderr", r.err()).entrySet()) {
      Matcher own = OWN_STYLE.matcher(stream.getValue());
      String text = own.replaceAll("");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != '\n' && c != '\t' && raw(c)) {
          found.add(String.format("%s U+%04X at %d", stream.getKey(), (int) c, i));
        }
      }
    }
    if (!found.isEmpty()) {
      fail("raw control characters reached the terminal: " + found + "\n" + r);
    }
  }

  private static boolean raw(char c) {
    return c < 0x20
        || c == 0x7f
        || (c >= 0x80 && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || c == '\u2028'
        || c == '\u2029';
  }
}
