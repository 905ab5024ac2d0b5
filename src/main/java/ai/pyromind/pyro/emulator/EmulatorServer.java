package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The whole PyroMind API on the JDK's own HTTP server: bearer-token auth, the {@code {code,
 * message, data}} envelope, and state that a journal makes durable before a change is answered.
 */
public final class EmulatorServer implements AutoCloseable {
  private static final String PREFIX = "/api/v1/";
  private static final int MAX_BODY = 1 << 20;

  /**
   * Enough threads to keep the cores busy while some wait for an fsync; more only adds switching.
   */
  private static final int WORKERS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

  private final EmulatorConfig config;
  private final HttpServer http;
  private final ExecutorService workers;
  private final World world;
  private final Journal journal;
  private final Routes routes;
  private final Control control;

  private EmulatorServer(EmulatorConfig config, HttpServer http, World world, Journal journal) {
    this.config = config;
    this.http = http;
    this.world = world;
    this.journal = journal;
    Engine engine = new Engine();
    this.routes = new Routes(engine);
    this.control = new Control(engine);
    this.workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());
    http.setExecutor(workers);
    http.createContext("/", this::serve);
  }

  /** Starts serving; with a data dir, first replays its journal. */
  public static EmulatorServer start(EmulatorConfig config) throws IOException {
    // Without TCP_NODELAY the header and body writes meet Nagle and delayed ACKs: ~40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 1024);
    String base = "http://" + config.host() + ":" + http.getAddress().getPort();
    World world = new World(new Timing(config.speed()), base, config.capacity());
    Journal journal = null;
    if (config.dataDir() != null) {
      List<ObjectNode> replayed = new ArrayList<>();
      journal = Journal.open(config.dataDir(), replayed);
      for (ObjectNode mutation : replayed) {
        try {
          world.apply(mutation);
        } catch (EmulatorError e) {
          // a mutation that no longer applies was never acknowledged; skip it
        }
      }
    }
    EmulatorServer server = new EmulatorServer(config, http, world, journal);
    http.start();
    return server;
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
    if (auth == null || !auth.equals("Bearer " + config.token())) {
      drain(exchange.getRequestBody());
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
    List<String> segments = new ArrayList<>();
    for (String segment : path.substring(PREFIX.length()).split("/")) {
      if (!segment.isEmpty()) {
        segments.add(java.net.URLDecoder.decode(segment, StandardCharsets.UTF_8));
      }
    }
    JsonNode body = readBody(exchange.getRequestBody());
    Request request =
        new Request(
            exchange.getRequestMethod(),
            segments,
            Request.parseQuery(exchange.getRequestURI().getRawQuery()),
            body);
    return routes.handle(request);
  }

  private static JsonNode readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    drain(in);
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

  private static void drain(InputStream in) throws IOException {
    in.transferTo(OutputStream.nullOutputStream());
  }

  private static ObjectNode envelope(int code, String message, JsonNode data) {
    ObjectNode envelope = Json.object();
    envelope.put("code", code);
    envelope.put("message", message);
    envelope.set("data", data);
    return envelope;
  }

  private Instant now() {
    return config.clock().get();
  }

  private final class Engine implements Routes.Engine {
    @Override
    public Reply read(Function<World, Reply> reader) {
      synchronized (world) {
        world.advance(now());
        return reader.apply(world);
      }
    }

    @Override
    public Reply mutate(Function<World, ObjectNode> builder) {
      Reply reply;
      CompletableFuture<Void> durable;
      synchronized (world) {
        Instant at = now();
        if (at.isBefore(world.now)) {
          at = world.now;
        }
        world.advance(at);
        ObjectNode mutation = builder.apply(world);
        mutation.put("at", at.toString());
        reply = world.apply(mutation);
        durable =
            journal == null ? CompletableFuture.completedFuture(null) : journal.append(mutation);
      }
      try {
        durable.join();
      } catch (CompletionException e) {
        throw new EmulatorError(500, "failed to persist the change: " + e.getCause().getMessage());
      }
      return reply;
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      Thread t = new Thread(runnable, "emulator-http");
      t.setDaemon(true);
      return t;
    };
  }
}
