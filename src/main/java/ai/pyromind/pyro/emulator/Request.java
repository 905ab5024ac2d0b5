package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One request as the handlers see it: path parameters, query and JSON body. */
final class Request {
  final String method;
  final List<String> segments;
  final Map<String, String> query;
  final JsonNode body;

  Request(String method, List<String> segments, Map<String, String> query, JsonNode body) {
    this.method = method;
    this.segments = segments;
    this.query = query;
    this.body = body;
  }

  static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.putIfAbsent(key, value);
    }
    return query;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  String param(String name) {
    String value = query.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  boolean flag(String name, boolean fallback) {
    String value = param(name);
    if (value == null) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw EmulatorError.badRequest(name + " must be true or false");
  }

  /** A positive integer query parameter, or the fallback when absent. */
  int positiveInt(String name, int fallback) {
    String value = param(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw EmulatorError.badRequest(name + " must be a positive integer");
  }

  /** The body as an object; a missing or non-object body is a 400. */
  ObjectNode object() {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return Json.object();
    }
    if (!body.isObject()) {
      throw EmulatorError.badRequest("request body must be a JSON object");
    }
    return (ObjectNode) body;
  }
}
