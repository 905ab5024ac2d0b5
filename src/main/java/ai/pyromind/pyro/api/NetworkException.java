package ai.pyromind.pyro.api;

/** No answer from the server: it could not be reached, timed out, or TLS failed. */
public class NetworkException extends RuntimeException {
  public NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
