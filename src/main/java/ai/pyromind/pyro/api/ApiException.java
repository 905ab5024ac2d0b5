package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The server answered with an error status; carries the status, its message and any data. */
public class ApiException extends RuntimeException {
  private final int status;
  private final transient JsonNode data;

  public ApiException(int status, String message, JsonNode data) {
    super(message);
    this.status = status;
    this.data = data;
  }

  public int status() {
    return status;
  }

  /** The envelope's {@code data}, or null; a partly failed batch carries its results here. */
  public JsonNode data() {
    return data;
  }

  /** The same error with a hint for the user appended: {@code message (pass --force)}. */
  public ApiException withHint(String hint) {
    return new ApiException(status, getMessage() + " (" + hint + ")", data);
  }
}
