package ai.pyromind.pyro.api;

import java.util.Optional;

/** An HTTP answer as received: status, content type, body text, any Retry-After and Location. */
public record ApiResponse(
    int status,
    String contentType,
    String body,
    Optional<String> retryAfter,
    Optional<String> location) {
  public ApiResponse(int status, String contentType, String body) {
    this(status, contentType, body, Optional.empty(), Optional.empty());
  }
}
