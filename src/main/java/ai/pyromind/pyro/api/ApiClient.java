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
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The PyroMind HTTP API: sends requests with the bearer token, unwraps the {@code {code, message,
 * data}} envelope, and turns every failure into a typed exception. It imports nothing of the
 * command line, but its failure messages name the options and variables that fix them ({@code check
 * --api-url}, {@code --ca-file}, {@code PYRO_MAX_RESPONSE_MB}: see {@code FailureMessages}).
 */
public final class ApiClient implements AutoCloseable {
  public static final String API_PREFIX = "/api/v1";

  private final URI baseUrl;
  private final String token;
  private final Duration requestTimeout;
  private final long maxResponseBytes;
  private final HttpTrace trace;
  private final Methanol http;
  private final RetryPolicy retries;
  private AnswerListener listener;
  private final Supplier<Instant> clock;
  private final Sleeper sleeper;

  /**
   * @param baseUrl the server, e.g. {@code https://pyromind.ai}; paths are under {@code /api/v1}
   * @param token the bearer token, or null for calls that need none
   * @param trace where {@code --debug} lines go, or null
   */
  public ApiClient(
      URI baseUrl, String token, String userAgent, Consumer<String> trace, ClientOptions options) {
    Warmup.beforeHttp();
    if (token != null && Tokens.badCharacter(token) != null) {
      throw new IllegalArgumentException(
          "the token has a character not allowed in a token (" + Tokens.badCharacter(token) + ")");
    }
    this.retries = options.retries();
    this.clock = options.clock();
    this.sleeper = options.sleeper();
    this.baseUrl = baseUrl;
    this.token = token;
    this.requestTimeout = options.requestTimeout();
    this.maxResponseBytes = options.maxResponseBytes();
    this.trace = trace == null ? null : new HttpTrace(trace);
    // No Methanol read timeout: sendOnce's deadline already bounds the whole exchange (and the
    // timeout wrapper is one more layer that logs a cancelled body's error: see QuietMethanol).
    Methanol.Builder builder =
        Methanol.newBuilder()
            .userAgent(userAgent)
            .connectTimeout(requestTimeout)
            .requestTimeout(requestTimeout);
    if (options.proxies() != null) {
      builder.proxy(options.proxies());
    }
    if ("http".equalsIgnoreCase(baseUrl.getScheme())) {
      // A plain-HTTP client never does TLS: skip loading the JSSE provider and the default trust
      // store, and the HTTP/2 upgrade attempt (h2c) the JDK client would make on every request.
      builder
          .sslContext(PlainHttp.noTlsContext())
          .version(java.net.http.HttpClient.Version.HTTP_1_1);
    } else if (options.tls() != null) {
      builder.sslContext(options.tls().get());
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
      sb.append('/').append(PathSegments.encode(segment));
    }
    return sb.toString();
  }

  /** Tells {@code listener} of every request answered with data (e.g. to cache ids). */
  public ApiClient listener(AnswerListener listener) {
    this.listener = listener;
    return this;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The full URL of an API path such as {@code /sandboxes} ({@code /api/v1} is added); the
   * emulator's own {@code /_emulator/...} paths stay as they are.
   */
  public URI uri(String path, Query query) {
    return uri(baseUrl, path, query);
  }

  /** The full URL of an API path on a server, without a client (for {@code --dry-run}). */
  public static URI uri(URI baseUrl, String path, Query query) {
    String fullPath =
        path.startsWith(API_PREFIX) || path.startsWith("/_emulator/") ? path : API_PREFIX + path;
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
    JsonNode data = Envelope.dataOf(response);
    if (data.isNull() && !method.equals("DELETE")) {
      // every answer but a delete's carries what was asked for: none is not an empty result
      throw new UnexpectedResponseException(
          response.status(),
          "unexpected answer from the server (HTTP " + response.status() + " without data)");
    }
    if (listener != null) {
      listener.answered(method, path, query, data);
    }
    return data;
  }

  /**
   * Sends a request and returns the answer as it came, retrying as the {@link RetryPolicy} allows;
   * only network failures throw. A DELETE whose retry finds the resource gone counts as done.
   */
  public ApiResponse exchange(String method, String path, Query query, String body) {
    URI uri = uri(path, query);
    for (int attempt = 0; ; attempt++) {
      ApiResponse response;
      try {
        response = sendOnce(method, uri, body);
      } catch (Failure failure) {
        if (!retries.retryFailure(method, failure.beforeSending, attempt)) {
          throw failure.error;
        }
        pause(
            retries.delay(attempt, Optional.empty(), clock.get()),
            method,
            uri,
            failure.error.getMessage());
        continue;
      }
      if (attempt > 0 && method.equals("DELETE") && response.status() == 404) {
        return new ApiResponse(
            200,
            "application/json",
            "{\"code\":200,\"message\":\"deleted (a retry found it already gone)\",\"data\":{}}");
      }
      if (!retries.retryStatus(method, response.status(), attempt)) {
        return response;
      }
      if (retries.outOfReach(attempt, response.retryAfter(), clock.get())) {
        if (trace != null) {
          trace.failure(
              "HTTP "
                  + response.status()
                  + " asks to retry after "
                  + response.retryAfter().orElse("")
                  + ", past what the retries left would wait: not retried");
        }
        return response;
      }
      pause(
          retries.delay(attempt, response.retryAfter(), clock.get()),
          method,
          uri,
          "HTTP " + response.status());
    }
  }

  private void pause(Duration delay, String method, URI uri, String why) {
    if (trace != null) {
      trace.retry(method, uri, why, delay);
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetworkException("interrupted", e);
    }
  }

  /** A failed attempt, and whether it failed before the request was sent. */
  private static final class Failure extends Exception {
    final transient NetworkException error;
    final boolean beforeSending;

    Failure(NetworkException error, boolean beforeSending) {
      super(null, null, false, false);
      this.error = error;
      this.beforeSending = beforeSending;
    }
  }

  private ApiResponse sendOnce(String method, URI uri, String body) throws Failure {
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
    BoundedBody.Handler bodies = new BoundedBody.Handler(maxResponseBytes);
    CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, bodies);
    HttpResponse<byte[]> answer;
    try {
      // One deadline on the whole exchange: a server that drips bytes cannot stretch it.
      answer = pending.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      QuietMethanol.now();
      bodies.abort();
      pending.cancel(true);
      throw networkFailure(uri, new HttpTimeoutException("deadline passed"));
    } catch (InterruptedException e) {
      QuietMethanol.now();
      bodies.abort();
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new NetworkException("interrupted", e);
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    }
    // The token the server was sent never comes back out of pyro: not in an error, a trace, a
    // notice or a table, whatever the server (or a proxy) echoes of the request.
    ApiResponse response =
        new ApiResponse(
            answer.statusCode(),
            answer.headers().firstValue("Content-Type").orElse(""),
            Secrets.withoutToken(
                answer.body() == null ? "" : new String(answer.body(), StandardCharsets.UTF_8),
                token),
            answer.headers().firstValue("Retry-After"),
            answer.headers().firstValue("Location").map(l -> Secrets.withoutToken(l, token)));
    if (trace != null) {
      trace.response(response, Duration.ofNanos(System.nanoTime() - started));
    }
    return response;
  }

  /** What a failed exchange throws: a retryable {@link Failure}, or an error at once. */
  private Failure failure(URI uri, Throwable cause) {
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof BoundedBody.TooLarge || cause instanceof OutOfMemoryError) {
      String message =
          FailureMessages.tooLarge(uri, maxResponseBytes, cause instanceof OutOfMemoryError);
      if (trace != null) {
        trace.failure(message);
      }
      throw new ResponseTooLargeException(message);
    }
    if (!(cause instanceof IOException e)) {
      throw new NetworkException(
          "connection to " + FailureMessages.where(uri) + " failed: " + cause, cause);
    }
    boolean beforeSending =
        e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    boolean stalled =
        !beforeSending
            && (e instanceof HttpTimeoutException || e instanceof InterruptedIOException);
    NetworkException error = networkFailure(uri, e);
    if (stalled || FailureMessages.untrustedCertificate(e)) {
      // a stalled server already used up the time; a certificate will not change on a retry
      throw error;
    }
    return new Failure(error, beforeSending);
  }

  private NetworkException networkFailure(URI uri, IOException e) {
    String message = FailureMessages.network(uri, e, requestTimeout);
    if (trace != null) {
      trace.failure(message);
    }
    return new NetworkException(message, e);
  }
}
