package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Faults injected through the control endpoint: the next matching API requests answer an error,
 * stall, or lose their connection. They live in memory only and never reach the journal, so a
 * failed request changes nothing.
 */
final class Faults {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "*");
  private static final long MAX_DELAY_MS = 600_000;
  private final List<Fault> faults = new ArrayList<>();
  private long nextId = 1;

  /** Thrown to end the exchange without an answer: the client sees the connection drop. */
  static final class DropConnection extends RuntimeException {
    DropConnection() {
      super(null, null, false, false);
    }
  }

  private static final class Fault {
    final long id;
    final String method;
    final String pathPrefix;
    final int status;
    final String message;
    final long delayMs;
    final boolean close;
    int remaining;

    Fault(
        long id,
        String method,
        String prefix,
        int status,
        String msg,
        long delayMs,
        boolean close,
        int count) {
      this.id = id;
      this.method = method;
      this.pathPrefix = prefix;
      this.status = status;
      this.message = msg;
      this.delayMs = delayMs;
      this.close = close;
      this.remaining = count;
    }

    boolean matches(String requestMethod, String path) {
      return (method.equals("*") || method.equals(requestMethod)) && path.startsWith(pathPrefix);
    }

    ObjectNode json() {
      ObjectNode f = Json.object();
      f.put("id", id);
      f.put("method", method);
      f.put("path_prefix", pathPrefix);
      if (status > 0) {
        f.put("status", status);
        f.put("message", message);
      }
      f.put("delay_ms", delayMs);
      f.put("close", close);
      if (remaining < 0) {
        f.putNull("remaining");
      } else {
        f.put("remaining", remaining);
      }
      return f;
    }
  }

  /** Adds a fault from {@code {method, path_prefix, status, message, delay_ms, close, count}}. */
  synchronized ObjectNode add(JsonNode body) {
    String method = body.path("method").asText("").toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw EmulatorError.badRequest("method must be one of GET, POST, PUT, DELETE, PATCH or *");
    }
    String prefix = body.path("path_prefix").asText("");
    if (!prefix.startsWith("/") || prefix.startsWith(Control.PREFIX)) {
      throw EmulatorError.badRequest("path_prefix must start with / (and not with /_emulator)");
    }
    int status = body.path("status").asInt(0);
    boolean close = body.path("close").asBoolean(false);
    long delay = body.path("delay_ms").asLong(0);
    int count = body.path("count").isNumber() ? body.path("count").asInt() : -1;
    if (status != 0 && (status < 400 || status > 599)) {
      throw EmulatorError.badRequest("status must be from 400 to 599");
    }
    if (status != 0 && close) {
      throw EmulatorError.badRequest("a fault either answers a status or closes the connection");
    }
    if (status == 0 && !close && delay <= 0) {
      throw EmulatorError.badRequest("a fault needs a status, a delay or close");
    }
    if (delay < 0 || delay > MAX_DELAY_MS) {
      throw EmulatorError.badRequest("delay_ms must be from 0 to " + MAX_DELAY_MS);
    }
    if (body.has("count") && count < 1) {
      throw EmulatorError.badRequest("count must be a positive integer");
    }
    String message = body.path("message").asText("injected fault");
    Fault fault = new Fault(nextId++, method, prefix, status, message, delay, close, count);
    faults.add(fault);
    return fault.json();
  }

  synchronized ArrayNode list() {
    ArrayNode all = Json.array();
    faults.forEach(f -> all.add(f.json()));
    return all;
  }

  synchronized int clear() {
    int removed = faults.size();
    faults.clear();
    return removed;
  }

  /**
   * Applies the first fault that matches, if any: waits out its delay, then answers its status or
   * drops the connection; a delay alone lets the request through.
   */
  void strike(String method, String path) {
    Fault fault = take(method, path);
    if (fault == null) {
      return;
    }
    if (fault.delayMs > 0) {
      try {
        Thread.sleep(fault.delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DropConnection();
      }
    }
    if (fault.close) {
      throw new DropConnection();
    }
    if (fault.status > 0) {
      throw new EmulatorError(fault.status, fault.message);
    }
  }

  private synchronized Fault take(String method, String path) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault f = it.next();
      if (f.matches(method, path)) {
        if (f.remaining > 0 && --f.remaining == 0) {
          it.remove();
        }
        return f;
      }
    }
    return null;
  }
}
