package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a journal back. Only a torn last line (no newline at its end, or a last line that is not
 * JSON) is what a crash leaves and may be dropped; any other bad line means the file was damaged,
 * and dropping it would silently lose every change after it, so reading stops with its number.
 */
final class JournalReader {
  private static final byte NEWLINE = '\n';

  /** One journaled mutation and the line it was read from (1-based). */
  record Line(int number, ObjectNode mutation) {}

  /** The mutations, and the length of the file up to the end of the last one. */
  record Contents(List<Line> lines, long length) {}

  private JournalReader() {}

  static Contents read(FileChannel channel, long size, Path file) throws IOException {
    byte[] bytes = new byte[Math.toIntExact(size)];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // read on until the whole file is in
    }
    List<Line> lines = new ArrayList<>();
    long length = 0;
    int start = 0;
    int number = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != NEWLINE) {
        continue;
      }
      number++;
      String text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
      boolean last = i == bytes.length - 1;
      ObjectNode mutation;
      try {
        mutation = parse(text);
      } catch (IOException e) {
        if (last) {
          break;
        }
        throw damaged(file, number, e.getMessage());
      }
      String problem = problem(mutation);
      if (problem != null) {
        throw damaged(file, number, problem);
      }
      lines.add(new Line(number, mutation));
      start = i + 1;
      length = start;
    }
    return new Contents(lines, length);
  }

  static StartFailure damaged(Path file, int line, String reason) {
    return new StartFailure(
        file
            + ":"
            + line
            + ": "
            + reason
            + "; the journal is left as it is: repair or remove that line, then start again");
  }

  private static ObjectNode parse(String text) throws IOException {
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (IOException e) {
      String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IOException("not valid JSON (" + detail + ")", e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IOException("not a JSON object");
    }
    return object;
  }

  /** What makes a well-formed line unusable, or null. */
  private static String problem(ObjectNode mutation) {
    if (!mutation.path("op").isTextual() || mutation.path("op").asText().isEmpty()) {
      return "no \"op\" naming the change";
    }
    if (!mutation.has("at")) {
      return "no \"at\" time";
    }
    String at = mutation.path("at").asText();
    try {
      Instant.parse(at);
      return null;
    } catch (DateTimeParseException e) {
      return "\"at\" is not a time: " + Json.compact(mutation.path("at"));
    }
  }
}
