package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** An in-process emulator on a clock the test moves, and a plain HTTP client for it. */
final class EmulatorHarness implements AutoCloseable {
  static final String TOKEN = "emulator-test-token";
  static final Instant START = Instant.parse("2024-01-05T00:00:00Z");
  final AtomicReference<Instant> clock = new AtomicReference<>(START);
  private final java.util.List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
  final EmulatorServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  EmulatorHarness(Path dataDir) throws IOException {
    this(dataDir, JournalFiles.REAL, Resources.UNLIMITED);
  }

  /** With the journal's file opened by {@code files} (a stand-in that fails on demand). */
  EmulatorHarness(Path dataDir, JournalFiles files) throws IOException {
    this(dataDir, files, Resources.UNLIMITED);
  }

  EmulatorHarness(Path dataDir, Resources capacity) throws IOException {
    this(dataDir, JournalFiles.REAL, capacity);
  }

  EmulatorHarness(Path dataDir, JournalFiles files, Resources capacity) throws IOException {
    server =
        EmulatorServer.start(
            new EmulatorConfig(
                "127.0.0.1", 0, TOKEN, 1.0, dataDir, clock::get, capacity, problems::add),
            files);
  }

  /** What the emulator reported it cannot recover from, in order. */
  java.util.List<String> problems() {
    return problems;
  }

  void advance(Duration d) {
    clock.updateAndGet(t -> t.plus(d));
  }

  /** The answer to one call: HTTP status and the envelope. */
  record Answer(int status, JsonNode envelope) {
    JsonNode data() {
      return envelope.path("data");
    }

    String message() {
      return envelope.path("message").asText();
    }
  }

  Answer call(String method, String path, String body) {
    return call(method, path, body, TOKEN);
  }

  Answer call(String method, String path, String body, String token) {
    return raw(method, "/api/v1" + path, body, token);
  }

  /** A call to the emulator's own endpoints, e.g. {@code /_emulator/faults}. */
  Answer control(String method, String path, String body) {
    return raw(method, path, body, TOKEN);
  }

  Answer raw(String method, String fullPath, String body, String token) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(server.url() + fullPath))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), Json.parse(response.body()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String path) {
    return call("GET", path, null);
  }

  Answer post(String path, String body) {
    return call("POST", path, body);
  }

  @Override
  public void close() {
    server.close();
  }
}
