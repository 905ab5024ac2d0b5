package ai.pyromind.pyro.api;

/** An HTTP answer as received: status, content type and body text. */
public record ApiResponse(int status, String contentType, String body) {}
