package ai.pyromind.pyro.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real file channel that fails on demand, to play a full disk without filling one: writes can
 * fail (after letting some bytes through, as a disk that fills mid-line does), truncation and fsync
 * can fail, and writes can be held until released. Counts fsyncs, to see group commit.
 */
public final class FailingFileChannel extends FileChannel {
  private final FileChannel real;
  private volatile IOException writeFailure;
  private volatile int bytesBeforeFailure;
  private volatile IOException truncateFailure;
  private volatile CountDownLatch held;
  private final AtomicInteger forces = new AtomicInteger();

  public FailingFileChannel(FileChannel real) {
    this.real = real;
  }

  /** Every write from now on lets {@code bytesFirst} bytes through, then throws {@code e}. */
  public FailingFileChannel failWrites(IOException e, int bytesFirst) {
    this.bytesBeforeFailure = bytesFirst;
    this.writeFailure = e;
    return this;
  }

  public FailingFileChannel failTruncate(IOException e) {
    this.truncateFailure = e;
    return this;
  }

  /** Space has come back: writes and truncation work again. */
  public FailingFileChannel heal() {
    writeFailure = null;
    truncateFailure = null;
    return this;
  }

  /** Writes wait until the returned latch is counted down. */
  public CountDownLatch holdWrites() {
    held = new CountDownLatch(1);
    return held;
  }

  public int forces() {
    return forces.get();
  }

  public static IOException noSpace() {
    return new IOException("No space left on device");
  }

  private int write(ByteBuffer src, long position, boolean positional) throws IOException {
    CountDownLatch latch = held;
    if (latch != null) {
      try {
        latch.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
    }
    IOException failure = writeFailure;
    if (failure == null) {
      return positional ? real.write(src, position) : real.write(src);
    }
    int room = Math.min(bytesBeforeFailure, src.remaining());
    if (room > 0) {
      ByteBuffer part = src.slice().limit(room);
      int written = positional ? real.write(part, position) : real.write(part);
      src.position(src.position() + written);
    }
    throw failure;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    return write(src, -1, false);
  }

  @Override
  public int write(ByteBuffer src, long position) throws IOException {
    return write(src, position, true);
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      total += write(srcs[i]);
    }
    return total;
  }

  @Override
  public FileChannel truncate(long size) throws IOException {
    if (truncateFailure != null) {
      throw truncateFailure;
    }
    real.truncate(size);
    return this;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    forces.incrementAndGet();
    real.force(metaData);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    return real.read(dst);
  }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    return real.read(dsts, offset, length);
  }

  @Override
  public int read(ByteBuffer dst, long position) throws IOException {
    return real.read(dst, position);
  }

  @Override
  public long position() throws IOException {
    return real.position();
  }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    real.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return real.size();
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
    return real.transferTo(position, count, target);
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
    throw new IOException("transferFrom is not part of the stand-in");
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
    throw new IOException("map is not part of the stand-in");
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) throws IOException {
    return real.lock(position, size, shared);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) throws IOException {
    return real.tryLock(position, size, shared);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    real.close();
  }
}
