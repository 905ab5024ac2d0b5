package ai.pyromind.pyro.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One answer of a {@link HostileServer}, byte for byte: status, headers, body, framing, gzip, drip
 * rate and stall. Start from {@link HostileServer#answer(int)} or {@link HostileServer#ok(String)}.
 */
public final class HostileAnswer {
  /** How the body is delimited on the wire. */
  public enum Framing {
    CONTENT_LENGTH,
    CHUNKED,
    CLOSE
  }

  final int status;
  final Map<String, String> headers = new LinkedHashMap<>();
  byte[] body = new byte[0];
  Framing framing = Framing.CONTENT_LENGTH;
  Duration dripPause = Duration.ZERO;
  int dripChunk = 1;
  boolean dripHead;
  long stallAfter = -1;

  HostileAnswer(int status) {
    this.status = status;
  }

  public HostileAnswer header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public HostileAnswer body(String text) {
    return body(text.getBytes(StandardCharsets.UTF_8));
  }

  public HostileAnswer body(byte[] bytes) {
    this.body = bytes;
    return this;
  }

  /** The body gzip-compressed, with {@code Content-Encoding: gzip}. */
  public HostileAnswer gzipped() {
    this.body = gzip(body);
    return header("Content-Encoding", "gzip");
  }

  public HostileAnswer framing(Framing framing) {
    this.framing = framing;
    return this;
  }

  /** Sends {@code chunk} bytes, then pauses, until everything is sent. */
  public HostileAnswer drip(int chunk, Duration pause) {
    this.dripChunk = chunk;
    this.dripPause = pause;
    return this;
  }

  /** Drips the status line and headers too, not only the body. */
  public HostileAnswer dripHead() {
    this.dripHead = true;
    return this;
  }

  /** Sends this many bytes of the whole answer, then nothing more, keeping the socket open. */
  public HostileAnswer stallAfter(long bytes) {
    this.stallAfter = bytes;
    return this;
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
