package ai.pyromind.pyro.api;

/**
 * An answer that is not the API's envelope: an HTML page from a proxy, an empty or cut-off body.
 * Something between pyro and the API is failing, so long-running commands wait it out.
 */
public class UnexpectedResponseException extends ApiException {
  public UnexpectedResponseException(int status, String message) {
    super(status, message, null);
  }
}
