package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The write-ahead journal behind {@code --data}: one JSON line per mutation, appended and fsynced
 * before the change is acknowledged. Appends waiting together share one fsync (group commit). A
 * line cut short by a crash is dropped on replay.
 */
final class Journal implements AutoCloseable {
  private static final byte NEWLINE = '\n';
  private final FileChannel channel;
  private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  private record Entry(byte[] line, CompletableFuture<Void> done) {}

  private Journal(FileChannel channel) {
    this.channel = channel;
    this.writer = new Thread(this::writeLoop, "emulator-journal");
    writer.setDaemon(true);
    writer.start();
  }

  /** Opens the journal in {@code dir}, returning it with the mutations it already holds. */
  static Journal open(Path dir, List<ObjectNode> replayed) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("journal.jsonl");
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    long good = readAll(channel, replayed);
    channel.truncate(good);
    channel.position(good);
    channel.force(true);
    return new Journal(channel);
  }

  /** Reads complete lines; returns the offset after the last one that parsed. */
  private static long readAll(FileChannel channel, List<ObjectNode> into) throws IOException {
    byte[] bytes = new byte[(int) channel.size()];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // read on until the whole file is in
    }
    long good = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != NEWLINE) {
        continue;
      }
      try {
        var node = Json.parse(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        if (!(node instanceof ObjectNode object)) {
          break;
        }
        into.add(object);
      } catch (IOException e) {
        break;
      }
      start = i + 1;
      good = start;
    }
    return good;
  }

  /** Queues a mutation; the future completes once it is on disk. */
  CompletableFuture<Void> append(ObjectNode mutation) {
    if (closed) {
      return CompletableFuture.failedFuture(new IOException("journal closed"));
    }
    byte[] json = Json.compact(mutation).getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = NEWLINE;
    Entry entry = new Entry(line, new CompletableFuture<>());
    queue.add(entry);
    return entry.done;
  }

  private void writeLoop() {
    List<Entry> batch = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Entry first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch);
        write(batch);
        batch.forEach(e -> e.done.complete(null));
      } catch (IOException | RuntimeException e) {
        batch.forEach(entry -> entry.done.completeExceptionally(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Entry> batch) throws IOException {
    int size = 0;
    for (Entry e : batch) {
      size += e.line.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    batch.forEach(e -> buffer.put(e.line));
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
  }

  @Override
  public void close() {
    closed = true;
    try {
      writer.join(5000);
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
