package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The write-ahead journal behind {@code --data}: one JSON line per mutation, appended and fsynced
 * before the change is acknowledged. Appends waiting together share one fsync (group commit). A
 * write that fails (a full disk) is cut back off the file, and it and every append queued behind it
 * fail, until the owner has rebuilt its state from what is durable ({@link #takeFailure}).
 */
final class Journal implements AutoCloseable {
  private static final byte NEWLINE = '\n';
  private final Path file;
  private final FileChannel channel;
  private final Thread writer;
  private final ArrayDeque<Entry> queue = new ArrayDeque<>();
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  private volatile long durableLength;
  private IOException failure;
  private String refusal;
  private boolean closed;
  private final Consumer<String> problems;

  private record Entry(byte[] line, CompletableFuture<Void> done) {}

  private Journal(Path file, FileChannel channel, long length, Consumer<String> problems) {
    this.file = file;
    this.problems = problems;
    this.channel = channel;
    this.durableLength = length;
    this.writer = new Thread(this::writeLoop, "emulator-journal");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Opens {@code file}, adding the mutations it holds to {@code replayed}; a torn end is cut.
   * {@code problems} hears of a failure the journal cannot undo.
   */
  static Journal open(
      Path file, JournalFiles files, List<JournalReader.Line> replayed, Consumer<String> problems)
      throws IOException {
    FileChannel channel = files.open(file);
    try {
      lockOrRefuse(channel, file);
      JournalReader.Contents contents = JournalReader.read(channel, channel.size(), file);
      if (contents.length() < channel.size()) {
        channel.truncate(contents.length());
        channel.force(true);
      }
      replayed.addAll(contents.lines());
      return new Journal(file, channel, contents.length(), problems);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Two emulators appending to one journal would interleave their lines: one at a time. */
  private static void lockOrRefuse(FileChannel channel, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      Path dir = file.toAbsolutePath().getParent();
      throw new StartFailure(
          "the data dir "
              + dir
              + " is in use by another emulator; stop it first (pyro emulator stop --data "
              + dir
              + ") or start this one with another --data");
    }
  }

  /** Queues a mutation; the future completes once it is on disk. */
  synchronized CompletableFuture<Void> append(ObjectNode mutation) {
    if (refusal != null || closed) {
      return CompletableFuture.failedFuture(new IOException(closed ? "journal closed" : refusal));
    }
    if (failure != null) {
      return CompletableFuture.failedFuture(failure);
    }
    byte[] json = Json.compact(mutation).getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = NEWLINE;
    Entry entry = new Entry(line, new CompletableFuture<>());
    queue.add(entry);
    tail = entry.done;
    notifyAll();
    return entry.done;
  }

  /** Completes once everything appended so far is durable; fails if any of it failed. */
  synchronized CompletableFuture<Void> tail() {
    return tail;
  }

  /**
   * Whether a write failed since the last {@link #recovered()}: every append since then was
   * refused, and the owner must rebuild its state from {@link #durable()}.
   */
  synchronized boolean failed() {
    return failure != null;
  }

  /** The owner has rebuilt its state from {@link #durable()}: appends are taken again. */
  synchronized void recovered() {
    failure = null;
    tail = CompletableFuture.completedFuture(null);
  }

  /** Why no change is taken any more, or null. */
  synchronized String refusal() {
    return refusal;
  }

  Path file() {
    return file;
  }

  /** The mutations on disk: what a restart would replay. */
  List<JournalReader.Line> durable() throws IOException {
    return JournalReader.read(channel, durableLength, file).lines();
  }

  private void writeLoop() {
    while (true) {
      List<Entry> batch;
      synchronized (this) {
        while (queue.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (queue.isEmpty()) {
          return;
        }
        batch = new ArrayList<>(queue);
        queue.clear();
      }
      try {
        durableLength = write(batch, durableLength);
        batch.forEach(e -> e.done.complete(null));
      } catch (IOException | RuntimeException e) {
        fail(batch, e instanceof IOException io ? io : new IOException(e.toString(), e));
      }
    }
  }

  private long write(List<Entry> batch, long at) throws IOException {
    int size = 0;
    for (Entry e : batch) {
      size += e.line.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    batch.forEach(e -> buffer.put(e.line));
    buffer.flip();
    long position = at;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(false);
    return position;
  }

  /** Cuts the file back to its last durable line and fails the batch and all queued behind it. */
  private void fail(List<Entry> batch, IOException cause) {
    String refused = null;
    try {
      channel.truncate(durableLength);
      channel.force(true);
    } catch (IOException e) {
      refused =
          "the journal "
              + file
              + " could not be cut back after a failed write ("
              + e.getMessage()
              + "); the emulator takes no more changes: make room and restart it";
      problems.accept(refused);
    }
    synchronized (this) {
      failure = cause;
      if (refused != null) {
        refusal = refused;
      }
      batch.addAll(queue);
      queue.clear();
    }
    batch.forEach(e -> e.done.completeExceptionally(cause));
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      writer.join(5000);
      channel.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
