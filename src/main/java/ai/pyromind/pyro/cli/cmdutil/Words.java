package ai.pyromind.pyro.cli.cmdutil;

import java.util.Locale;
import java.util.Map;

/**
 * English for messages built from parts: counted nouns ("1 action", "2 sandboxes") and what a
 * resource's status says about it ("t_1 failed", "sbx_1 is running"). Every message that counts
 * goes through here.
 */
public final class Words {
  private static final Map<String, String> IRREGULAR =
      Map.of("child", "children", "person", "people", "datum", "data", "index", "indexes");

  private Words() {}

  /** The plural of a noun or of a noun phrase's last word: sandbox → sandboxes. */
  public static String plural(String noun) {
    int space = noun.lastIndexOf(' ');
    String head = noun.substring(0, space + 1);
    String last = noun.substring(space + 1);
    String irregular = IRREGULAR.get(last.toLowerCase(Locale.ROOT));
    if (irregular != null) {
      return head + irregular;
    }
    if (last.matches(".*(s|x|z|ch|sh)")) {
      return head + last + "es";
    }
    if (last.matches(".*[^aeiou]y")) {
      return head + last.substring(0, last.length() - 1) + "ies";
    }
    return head + last + "s";
  }

  /** A count and its noun, singular for exactly one: "1 action", "0 actions", "2 sandboxes". */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : plural(noun));
  }

  /** What a status says about the resource, after its id: "succeeded", "is running". */
  public static String state(String status) {
    return switch (status) {
      case "success" -> "succeeded";
      case "failed" -> "failed";
      case "canceled", "deleted" -> "was " + status;
      case "error" -> "is in error";
      default -> "is " + status;
    };
  }
}
