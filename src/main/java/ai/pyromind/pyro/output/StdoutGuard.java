package ai.pyromind.pyro.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Under stdout's writer: a PrintWriter swallows write errors, so a pipe whose reader has gone would
 * go unnoticed and a follow would poll on for hours. The first failed write throws instead: {@link
 * OutputClosed} for a broken pipe, an {@link UncheckedIOException} for anything else (a full disk
 * must not pass for success). Later writes are dropped, so the final flush stays quiet.
 */
public final class StdoutGuard extends FilterOutputStream {
  private boolean failed;

  public StdoutGuard(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (failed) {
      return;
    }
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void flush() {
    if (failed) {
      return;
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private RuntimeException failure(IOException e) {
    failed = true;
    if (readerGone(e)) {
      return new OutputClosed();
    }
    return new WriteFailed(e);
  }

  /**
   * stdout as the launcher found it closed ({@code pyro ... >&-}; it reopens the descriptor on
   * /dev/null and says so with {@code -Dpyro.stdout=closed}): every write fails, so a command with
   * output to give exits 1 rather than lose it silently, and one with none still succeeds.
   */
  public static StdoutGuard closed() {
    return new StdoutGuard(
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("it is closed");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
              throw new IOException("it is closed");
            }
          }
        });
  }

  /** A write to stdout failed for another reason than a reader gone: a full disk, say. */
  public static final class WriteFailed extends UncheckedIOException {
    WriteFailed(IOException cause) {
      super("cannot write to stdout: " + cause.getMessage(), cause);
    }
  }

  /**
   * EPIPE ("Broken pipe", or a translation that keeps the word, as glibc's do), or the peer gone
   * when stdout is a socket.
   */
  static boolean readerGone(IOException e) {
    String message =
        e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    return message.contains("pipe") || message.contains("connection reset");
  }
}
