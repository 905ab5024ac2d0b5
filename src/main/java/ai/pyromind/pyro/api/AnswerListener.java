package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Told of each request the server answered with data: the one place where what every command learns
 * (lists, gets, creates, deletes) can be kept, e.g. the ids shell completion offers. It must not
 * throw, and must not slow the command down.
 */
public interface AnswerListener {
  /**
   * @param path the API path as sent, e.g. {@code /sandboxes/sbx_1}
   * @param query the query sent, or null
   * @param data the envelope's {@code data}
   */
  void answered(String method, String path, Query query, JsonNode data);

  /** The run is over: write down what was learnt. */
  default void finish() {}
}
