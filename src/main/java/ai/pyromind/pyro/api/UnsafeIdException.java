package ai.pyromind.pyro.api;

/** An id that cannot go into a URL path as one segment: empty, a dot segment, or a delimiter. */
public class UnsafeIdException extends IllegalArgumentException {
  public UnsafeIdException(String message) {
    super(message);
  }
}
