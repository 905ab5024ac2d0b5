package ai.pyromind.pyro.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer: status, the document's message, and the data. */
record Reply(int status, String message, JsonNode data) {
  static Reply ok(String message, JsonNode data) {
    return new Reply(200, message, data);
  }

  static Reply created(String message, JsonNode data) {
    return new Reply(201, message, data);
  }
}
