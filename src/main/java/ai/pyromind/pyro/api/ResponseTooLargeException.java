package ai.pyromind.pyro.api;

/** The server's answer, once decoded, is larger than the client accepts (exit 1). */
public class ResponseTooLargeException extends RuntimeException {
  public ResponseTooLargeException(String message) {
    super(message);
  }
}
