package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/** The {@code --debug} trace: method, URL, status, timing and bodies, with secrets masked. */
final class HttpTrace {
  private static final int MAX_BODY = 16 * 1024;
  private final Consumer<String> sink;

  HttpTrace(Consumer<String> sink) {
    this.sink = sink;
  }

  void request(String method, URI uri, boolean withToken, String body) {
    sink.accept("> " + method + " " + Secrets.redactText(uri.toString()));
    if (withToken) {
      sink.accept("> Authorization: Bearer " + Secrets.MASK);
    }
    if (body != null) {
      sink.accept("> " + redactBody(body));
    }
  }

  void response(ApiResponse response, Duration took) {
    sink.accept(
        "< " + response.status() + " " + response.contentType() + " (" + took.toMillis() + " ms)");
    if (!response.body().isEmpty()) {
      sink.accept("< " + redactBody(response.body()));
    }
  }

  void retry(String method, URI uri, String why, Duration delay) {
    sink.accept(
        "! "
            + why
            + ": retrying "
            + method
            + " "
            + Secrets.redactText(uri.toString())
            + " in "
            + delay.toMillis()
            + " ms");
  }

  void failure(String message) {
    sink.accept("< failed: " + message);
  }

  private static String redactBody(String body) {
    String shown;
    try {
      JsonNode node = Json.parse(body);
      shown = node == null ? "" : Json.compact(Secrets.redact(node));
    } catch (Exception e) {
      shown = Secrets.redactText(body);
    }
    if (shown.length() > MAX_BODY) {
      shown = ShortText.head(shown, MAX_BODY) + "… (" + shown.length() + " characters)";
    }
    return shown;
  }
}
