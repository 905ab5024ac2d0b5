package ai.pyromind.pyro.api;

/** A call needs a token and there is none. */
public class AuthRequiredException extends RuntimeException {
  public AuthRequiredException(String message) {
    super(message);
  }
}
