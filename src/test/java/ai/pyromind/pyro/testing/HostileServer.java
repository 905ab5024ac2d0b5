package ai.pyromind.pyro.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 that answers whatever a test tells it to, byte for
 * byte: any status, headers, body, framing (Content-Length, chunked, close-delimited; a lying
 * length is a Content-Length header with {@code CLOSE} framing), gzip, TLS, and any drip rate or
 * stall (see {@link HostileAnswer}). Point any command at {@link #url()} and attack it.
 */
public final class HostileServer implements AutoCloseable {
  /** One request as received. */
  public record Request(String method, String target, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** An answer with this status and a JSON content type, to build on. */
  public static HostileAnswer answer(int status) {
    return new HostileAnswer(status).header("Content-Type", "application/json");
  }

  /** The API envelope around some JSON data, as a 200. */
  public static HostileAnswer ok(String dataJson) {
    return answer(200).body("{\"code\":200,\"message\":\"ok\",\"data\":" + dataJson + "}");
  }

  /** A JSON envelope whose data holds a string of {@code size} bytes, gzipped: a memory bomb. */
  public static HostileAnswer gzipBomb(long size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(
          "{\"code\":200,\"message\":\"ok\",\"data\":{\"x\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < size; written += block.length) {
        zip.write(block);
      }
      zip.write("\"}}".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return answer(200).header("Content-Encoding", "gzip").body(bytes.toByteArray());
  }

  private final ServerSocket socket;
  private final Function<Request, HostileAnswer> responder;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private final java.util.concurrent.atomic.AtomicInteger connections =
      new java.util.concurrent.atomic.AtomicInteger();
  private final String scheme;

  private HostileServer(Function<Request, HostileAnswer> responder, javax.net.ssl.SSLContext tls)
      throws IOException {
    this.responder = responder;
    this.scheme = tls == null ? "http" : "https";
    this.socket =
        tls == null
            ? new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
            : tls.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "hostile-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server that answers every request with what {@code responder} returns for it. */
  public static HostileServer start(Function<Request, HostileAnswer> responder) {
    try {
      return new HostileServer(responder, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The same over TLS with the test certificate for localhost/127.0.0.1, signed by the test CA in
   * {@code src/test/resources/tls/ca.pem}.
   */
  public static HostileServer tls(Function<Request, HostileAnswer> responder) {
    try (InputStream in = HostileServer.class.getResourceAsStream("/tls/server.p12")) {
      java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
      keys.load(in, "changeit".toCharArray());
      javax.net.ssl.KeyManagerFactory kmf =
          javax.net.ssl.KeyManagerFactory.getInstance(
              javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, "changeit".toCharArray());
      javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return new HostileServer(responder, context);
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many connections were accepted (a refused TLS handshake counts too). */
  public int connections() {
    return connections.get();
  }

  /** A server that answers every request with the same answer. */
  public static HostileServer always(HostileAnswer answer) {
    return start(request -> answer);
  }

  public String url() {
    return scheme + "://127.0.0.1:" + socket.getLocalPort();
  }

  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = socket.accept();
        open.add(client);
        connections.incrementAndGet();
        Thread worker = new Thread(() -> serve(client), "hostile-connection");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      Request request = readRequest(client.getInputStream());
      if (request == null) {
        return;
      }
      requests.add(request);
      write(responder.apply(request), client.getOutputStream());
    } catch (IOException | InterruptedException e) {
      // the client went away or the server closed: nothing to do
    } finally {
      open.remove(client);
    }
  }

  private static Request readRequest(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.put(
            h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    String[] parts = requestLine.split(" ");
    return new Request(parts[0], parts.length > 1 ? parts[1] : "", headers, body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        return bytes.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
      }
      bytes.write(b);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private void write(HostileAnswer a, OutputStream out) throws IOException, InterruptedException {
    StringBuilder head = new StringBuilder("HTTP/1.1 " + a.status + " X\r\n");
    a.headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    byte[] body = a.body;
    switch (a.framing) {
      case CONTENT_LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
      case CHUNKED -> {
        head.append("Transfer-Encoding: chunked\r\n");
        body = chunked(body);
      }
      case CLOSE -> {
        // delimited by closing the connection
      }
    }
    head.append("Connection: close\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    long budget = a.stallAfter < 0 ? Long.MAX_VALUE : a.stallAfter;
    budget = send(out, headBytes, a.dripHead ? a : null, budget);
    send(out, body, a, budget);
    if (a.stallAfter >= 0) {
      while (!closed) {
        Thread.sleep(50);
      }
    }
  }

  /** Writes up to {@code budget} bytes, dripping when asked; returns the budget left. */
  private long send(OutputStream out, byte[] bytes, HostileAnswer drip, long budget)
      throws IOException, InterruptedException {
    int step = drip == null || drip.dripPause.isZero() ? bytes.length : drip.dripChunk;
    for (int i = 0; i < bytes.length && budget > 0 && !closed; i += step) {
      int n = (int) Math.min(Math.min(step, bytes.length - i), budget);
      out.write(bytes, i, n);
      out.flush();
      budget -= n;
      if (drip != null && !drip.dripPause.isZero()) {
        Thread.sleep(drip.dripPause.toMillis());
      }
    }
    return budget;
  }

  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int chunk = 8192;
    for (int i = 0; i < body.length; i += chunk) {
      int n = Math.min(chunk, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
