package ai.pyromind.pyro.api;

import java.util.Optional;

/** An HTTP answer as received: status, content type, body text and any Retry-After. */
public record ApiResponse(
    int status, String contentType, String body, Optional<String> retryAfter) {
  public ApiResponse(int status, String contentType, String body) {
    this(status, contentType, body, Optional.empty());
  }
}
