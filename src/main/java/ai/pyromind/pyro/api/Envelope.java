package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** Reads the API's {@code {code, message, data}} envelope; the HTTP status decides success. */
public final class Envelope {
  static final int MESSAGE_LIMIT = 1000;

  private Envelope() {}

  /** The {@code data} of a successful answer; an error status or a foreign body throws. */
  public static JsonNode dataOf(ApiResponse response) {
    JsonNode envelope = parse(response);
    JsonNode data = envelope.path("data");
    if (response.status() >= 400) {
      String message = message(envelope);
      if (message.isBlank()) {
        message = "HTTP " + response.status();
      }
      throw new ApiException(response.status(), message, data.isMissingNode() ? null : data);
    }
    if (data.isMissingNode() || data.isNull()) {
      return NullNode.getInstance();
    }
    if (!data.isObject()) {
      throw new UnexpectedResponseException(
          response.status(),
          "unexpected answer from the server (data is " + kindOf(data) + ", not an object)");
    }
    return data;
  }

  /**
   * The envelope's message, shortened to {@value #MESSAGE_LIMIT} characters: it ends up on one line
   * of stderr, where a server's megabyte would bury everything else in a CI log.
   */
  public static String message(JsonNode envelope) {
    String message = envelope.path("message").asText("");
    if (message.length() <= MESSAGE_LIMIT) {
      return message;
    }
    String head = ShortText.head(message, MESSAGE_LIMIT);
    return head + "... (" + (message.length() - head.length()) + " more characters)";
  }

  /** A JSON value's kind for a message: "a string", "an array", ... */
  public static String kindOf(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "missing";
    };
  }

  /** The parsed envelope, or an {@link ApiException} naming the status when it is not one. */
  public static JsonNode parse(ApiResponse response) {
    if (response.status() >= 300 && response.status() < 400) {
      throw redirect(response);
    }
    String body = response.body();
    if (body == null || body.isBlank()) {
      throw foreign(response, "an empty body");
    }
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (OutOfMemoryError e) {
      // a body under the size limit can still build a tree bigger than the heap ({}, {}, ...)
      throw new ResponseTooLargeException(
          "response too large: "
              + (body.length() >> 20)
              + " MB of JSON from the server does not fit in memory"
              + " (lower PYRO_MAX_RESPONSE_MB to refuse it sooner)");
    } catch (Exception e) {
      String kind =
          body.stripLeading().startsWith("<") ? "an HTML page" : "a body that is not valid JSON";
      throw foreign(response, kind);
    }
    if (node == null || !node.isObject() || !node.has("message") && !node.has("data")) {
      throw foreign(response, "JSON that is not the API envelope");
    }
    return node;
  }

  /** pyro never follows one: the token would go along to wherever it leads. */
  public static ApiException redirect(ApiResponse response) {
    String where = response.location().map(l -> " to " + Secrets.redactText(l.strip())).orElse("");
    return new UnexpectedResponseException(
        response.status(),
        "the server redirects (HTTP "
            + response.status()
            + where
            + "); pyro does not follow redirects, so that the token goes nowhere else: point"
            + " --api-url (or the profile's api_url) at the server that answers");
  }

  private static ApiException foreign(ApiResponse response, String what) {
    return new UnexpectedResponseException(
        response.status(),
        "unexpected response from the server (HTTP " + response.status() + ", " + what + ")");
  }
}
