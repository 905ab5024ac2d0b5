package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The whole PyroMind API on the JDK's own HTTP server: bearer-token auth, the {@code {code,
 * message, data}} envelope, and state that a journal makes durable before a change is answered.
 */
public final class EmulatorServer implements AutoCloseable {
  private static final String PREFIX = "/api/v1/";
  private static final int MAX_BODY = 1 << 20;

  private final EmulatorConfig config;
  private final HttpServer http;
  private final ExecutorService workers;
  private final Journal journal;
  private final Routes routes;
  private final Control control;

  private EmulatorServer(
      EmulatorConfig config, HttpServer http, DurableWorld world, Journal journal) {
    this.config = config;
    this.http = http;
    this.journal = journal;
    this.routes = new Routes(world);
    this.control = new Control(world);
    this.workers = HttpWorkers.pool();
    http.setExecutor(workers);
    http.createContext("/", this::serve);
  }

  /** Starts serving; with a data dir, first replays its journal. */
  public static EmulatorServer start(EmulatorConfig config) throws IOException {
    return start(config, JournalFiles.REAL);
  }

  /** As {@link #start(EmulatorConfig)}, the journal's file opened by {@code files}. */
  static EmulatorServer start(EmulatorConfig config, JournalFiles files) throws IOException {
    HttpWorkers.configureServer();
    Journal journal = null;
    List<JournalReader.Line> replayed = new ArrayList<>();
    if (config.dataDir() != null) {
      DataDir.prepare(config.dataDir());
      journal =
          Journal.open(
              config.dataDir().resolve("journal.jsonl"), files, replayed, config.problems());
    }
    HttpServer http = null;
    try {
      http = bind(config);
      String base = "http://" + config.host() + ":" + http.getAddress().getPort();
      DurableWorld world =
          new DurableWorld(
              () -> new World(new Timing(config.speed()), base, config.capacity()),
              config.clock(),
              journal);
      if (journal != null) {
        world.replay(replayed, journal.file());
      }
      EmulatorServer server = new EmulatorServer(config, http, world, journal);
      http.start();
      return server;
    } catch (IOException | RuntimeException e) {
      if (http != null) {
        // A listener is only closed by its dispatcher's next select: start it to let it go.
        http.start();
        http.stop(0);
      }
      if (journal != null) {
        journal.close();
      }
      throw e;
    }
  }

  private static HttpServer bind(EmulatorConfig config) throws IOException {
    try {
      return HttpServer.create(new InetSocketAddress(config.host(), config.port()), 1024);
    } catch (BindException e) {
      throw StartFailure.portTaken(config.host(), config.port(), e);
    }
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public URI url() {
    return URI.create("http://" + config.host() + ":" + port());
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    if (journal != null) {
      journal.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    int status;
    JsonNode envelope;
    try {
      Reply reply = handle(exchange);
      status = reply.status();
      envelope = envelope(reply.status(), reply.message(), reply.data());
    } catch (EmulatorError e) {
      status = e.status;
      envelope = envelope(e.status, e.getMessage(), e.data);
      if (status == 405) {
        String allowed = String.join(", ", Endpoints.allowed(segments(exchange)));
        exchange.getResponseHeaders().set("Allow", allowed);
      }
    } catch (Faults.DropConnection e) {
      exchange.close();
      return;
    } catch (RuntimeException e) {
      status = 500;
      envelope = envelope(500, "internal emulator error: " + e.getClass().getSimpleName(), null);
    }
    byte[] bytes = Json.compact(envelope).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Reply handle(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !sameSecret(auth, "Bearer " + config.token())) {
      throw new EmulatorError(401, "invalid or missing token");
    }
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith(Control.PREFIX)) {
      return control.handle(exchange.getRequestMethod(), path, readBody(exchange.getRequestBody()));
    }
    control.faults.strike(exchange.getRequestMethod(), path);
    if (!path.startsWith(PREFIX)) {
      throw EmulatorError.notFound("no such endpoint: " + exchange.getRequestMethod() + " " + path);
    }
    List<String> segments = segments(exchange);
    JsonNode body = readBody(exchange.getRequestBody());
    Request request =
        new Request(
            exchange.getRequestMethod(),
            segments,
            Request.parseQuery(exchange.getRequestURI().getRawQuery()),
            body);
    return routes.handle(request);
  }

  /** The decoded path segments after /api/v1/. */
  private static List<String> segments(HttpExchange exchange) {
    String path = exchange.getRequestURI().getRawPath();
    List<String> segments = new ArrayList<>();
    for (String segment : path.substring(PREFIX.length()).split("/")) {
      if (!segment.isEmpty()) {
        segments.add(java.net.URLDecoder.decode(segment, StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  /** In constant time, so that how long a refusal takes tells nothing about the token. */
  private static boolean sameSecret(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode readBody(InputStream in) throws IOException {
    // What is left unread of a refused body is not waited for: the server drops the connection.
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new EmulatorError(413, "request body too large");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (IOException e) {
      throw EmulatorError.badRequest("invalid JSON body");
    }
  }

  private static ObjectNode envelope(int code, String message, JsonNode data) {
    ObjectNode envelope = Json.object();
    envelope.put("code", code);
    envelope.put("message", message);
    envelope.set("data", data);
    return envelope;
  }
}
