package ai.pyromind.pyro.output;

/**
 * A {@code --jq} expression that does not compile or fails on the result: a usage error, which the
 * command line reports with exit code 2 like any other.
 */
public final class JqException extends RuntimeException {
  public JqException(String message) {
    super(message);
  }
}
