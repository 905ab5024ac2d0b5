package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Redaction of secrets from anything pyro shows that the user did not ask to see. */
public final class Secrets {
  public static final String MASK = "***";
  private static final Set<String> SECRET_FIELDS =
      Set.of("password", "vnc_password", "access_token", "token");
  private static final Pattern TOKEN_IN_URL =
      Pattern.compile("([?&](?:token|access_token)=)[^&\\s\"]+");
  private static final Pattern SECRET_IN_JSON_TEXT =
      Pattern.compile("(\"(?:password|vnc_password|access_token|token)\"\\s*:\\s*\")[^\"]*");

  private Secrets() {}

  public static boolean isSecretField(String name) {
    return SECRET_FIELDS.contains(name);
  }

  /** A copy of {@code node} with secret fields and tokens in URLs masked. */
  public static JsonNode redact(JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode copy = node.deepCopy();
    redactInPlace(copy);
    return copy;
  }

  private static void redactInPlace(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isSecretField(field.getKey()) && !field.getValue().isNull()) {
          field.setValue(object.textNode(MASK));
        } else if (field.getValue().isTextual()) {
          field.setValue(object.textNode(redactText(field.getValue().asText())));
        } else {
          redactInPlace(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, array.textNode(redactText(array.get(i).asText())));
        } else {
          redactInPlace(array.get(i));
        }
      }
    }
  }

  /** Masks tokens carried in URL query strings inside free text. */
  public static String redactText(String text) {
    String masked = TOKEN_IN_URL.matcher(text).replaceAll("$1" + MASK);
    return SECRET_IN_JSON_TEXT.matcher(masked).replaceAll("$1" + MASK);
  }

  /** Tokens shorter than this are not looked for in text: they could match ordinary words. */
  static final int MIN_ECHOED_TOKEN = 8;

  /**
   * {@code text} with every occurrence of the bearer {@code token} masked: what a server (or a
   * proxy) echoes of the request, say {@code "invalid header Bearer pm_..."}, must not put the
   * token into an error line, a {@code --debug} trace or a CI log.
   */
  public static String withoutToken(String text, String token) {
    if (text == null || token == null || token.length() < MIN_ECHOED_TOKEN) {
      return text;
    }
    return text.replace(token, MASK);
  }

  /**
   * A token as {@code auth status} and {@code config list} show it: its first four characters and
   * the mask ({@code pm_a…***}), enough to see which kind of token it is, not to use it; a token
   * shorter than 12 characters is all mask ({@code ***}), none is empty.
   */
  public static String maskToken(String token) {
    if (token == null || token.isEmpty()) {
      return "";
    }
    return token.length() < 12 ? MASK : token.substring(0, 4) + "…" + MASK;
  }
}
