package ai.pyromind.pyro.output;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error as one line of JSON for scripts: {@code
 * {"error":{"message":...,"http_status":...,"exit_code":...,"resource":...}}}; unknown parts are
 * null.
 */
public final class ErrorJson {
  private ErrorJson() {}

  public static String of(String message, Integer httpStatus, Integer exitCode, String resource) {
    ObjectNode error = Json.object();
    error.put("message", Sanitizer.line(message));
    error.put("http_status", httpStatus);
    error.put("exit_code", exitCode);
    error.put("resource", resource == null ? null : Sanitizer.line(resource));
    ObjectNode root = Json.object();
    root.set("error", error);
    return Json.compact(root);
  }
}
