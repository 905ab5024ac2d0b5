package ai.pyromind.pyro.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** An error answer of the emulated API: its status, the document's message, and any data. */
final class EmulatorError extends RuntimeException {
  final int status;
  final transient JsonNode data;

  EmulatorError(int status, String message) {
    this(status, message, null);
  }

  EmulatorError(int status, String message, JsonNode data) {
    super(message, null, false, false);
    this.status = status;
    this.data = data;
  }

  static EmulatorError badRequest(String message) {
    return new EmulatorError(400, message);
  }

  static EmulatorError notFound(String message) {
    return new EmulatorError(404, message);
  }

  static EmulatorError conflict(String message) {
    return new EmulatorError(409, message);
  }
}
