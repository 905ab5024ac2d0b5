package ai.pyromind.pyro.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mizosoft.methanol.Methanol;
import com.github.mizosoft.methanol.MutableRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * The PyroMind HTTP API: sends requests with the bearer token, unwraps the {@code {code, message,
 * data}} envelope, and turns every failure into a typed exception. Knows nothing of the CLI.
 */
public final class ApiClient implements AutoCloseable {
  public static final String API_PREFIX = "/api/v1";

  private final URI baseUrl;
  private final String token;
  private final Duration requestTimeout;
  private final HttpTrace trace;
  private final Methanol http;

  /**
   * @param baseUrl the server, e.g. {@code https://pyromind.ai}; paths are under {@code /api/v1}
   * @param token the bearer token, or null for calls that need none
   * @param trace where {@code --debug} lines go, or null
   */
  public ApiClient(
      URI baseUrl,
      String token,
      Duration requestTimeout,
      String userAgent,
      Consumer<String> trace) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.requestTimeout = requestTimeout;
    this.trace = trace == null ? null : new HttpTrace(trace);
    Methanol.Builder builder =
        Methanol.newBuilder()
            .userAgent(userAgent)
            .connectTimeout(requestTimeout)
            .requestTimeout(requestTimeout)
            .readTimeout(requestTimeout);
    if ("http".equalsIgnoreCase(baseUrl.getScheme())) {
      // A plain-HTTP client never does TLS: skip loading the default trust store (~100 ms).
      builder.sslContext(PlainHttp.noTlsContext());
    }
    this.http = builder.build();
  }

  /**
   * Stops the client's selector thread. On JDK 21+ a live one holds up JVM exit by a few hundred
   * milliseconds; JDK 17 has no such method and no such delay.
   */
  @Override
  public void close() {
    try {
      java.net.http.HttpClient.class.getMethod("shutdownNow").invoke(http);
    } catch (ReflectiveOperationException e) {
      // JDK 17: nothing to stop
    }
  }

  /** A path from segments, each percent-encoded: {@code path("sandboxes", id, "vnc")}. */
  public static String path(String... segments) {
    StringBuilder sb = new StringBuilder();
    for (String segment : segments) {
      sb.append('/')
          .append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The full URL of an API path such as {@code /sandboxes} ({@code /api/v1} is added). */
  public URI uri(String path, Query query) {
    String fullPath = path.startsWith(API_PREFIX) ? path : API_PREFIX + path;
    String base = baseUrl.toString().replaceAll("/+$", "");
    String joiner = path.contains("?") ? "&" : "?";
    String q = query == null || query.isEmpty() ? "" : joiner + query.encoded();
    return URI.create(base + fullPath + q);
  }

  public JsonNode get(String path, Query query) {
    return call("GET", path, query, null);
  }

  public JsonNode post(String path, Query query, JsonNode body) {
    return call("POST", path, query, body);
  }

  public JsonNode put(String path, JsonNode body) {
    return call("PUT", path, null, body);
  }

  public JsonNode delete(String path, Query query) {
    return call("DELETE", path, query, null);
  }

  /** Sends a request and returns the envelope's {@code data}; error statuses throw. */
  public JsonNode call(String method, String path, Query query, JsonNode body) {
    ApiResponse response = exchange(method, path, query, body == null ? null : Json.compact(body));
    return Envelope.dataOf(response);
  }

  /** Sends a request and returns the answer as it came; only network failures throw. */
  public ApiResponse exchange(String method, String path, Query query, String body) {
    URI uri = uri(path, query);
    BodyPublisher publisher =
        body == null
            ? BodyPublishers.noBody()
            : BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    MutableRequest request = MutableRequest.create(uri).method(method, publisher);
    request.header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (trace != null) {
      trace.request(method, uri, token != null, body);
    }
    long started = System.nanoTime();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      ApiResponse response =
          new ApiResponse(
              answer.statusCode(),
              answer.headers().firstValue("Content-Type").orElse(""),
              answer.body() == null ? "" : answer.body());
      if (trace != null) {
        trace.response(response, Duration.ofNanos(System.nanoTime() - started));
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetworkException("interrupted", e);
    } catch (IOException e) {
      throw networkFailure(uri, e);
    }
  }

  private NetworkException networkFailure(URI uri, IOException e) {
    String where = uri.getScheme() + "://" + uri.getAuthority();
    String message;
    if (e instanceof HttpConnectTimeoutException) {
      message = "timed out connecting to " + where;
    } else if (e instanceof HttpTimeoutException || e instanceof InterruptedIOException) {
      message = "request to " + where + " timed out after " + human(requestTimeout);
    } else if (e instanceof ConnectException) {
      message = "cannot connect to " + where + " (is the server running? check --api-url)";
    } else if (e instanceof SSLException) {
      message = "TLS failure talking to " + where + ": " + e.getMessage();
    } else {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      message = "connection to " + where + " failed: " + reason;
    }
    if (trace != null) {
      trace.failure(message);
    }
    return new NetworkException(message, e);
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
