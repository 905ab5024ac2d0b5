package ai.pyromind.pyro.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * stdout as a pipe whose reader leaves ({@code | head -1}): takes the first {@code writes} writes,
 * then fails every one as the kernel does, with EPIPE (or another error, e.g. a full disk).
 */
public final class ClosingPipe extends OutputStream {
  private final ByteArrayOutputStream taken = new ByteArrayOutputStream();
  private final String error;
  private int writesLeft;
  private int refused;

  /**
   * @param writes how many writes get through before the reader is gone
   */
  public static ClosingPipe readerLeavesAfter(int writes) {
    return new ClosingPipe(writes, "Broken pipe");
  }

  public static ClosingPipe failingWith(String error) {
    return new ClosingPipe(0, error);
  }

  private ClosingPipe(int writes, String error) {
    this.writesLeft = writes;
    this.error = error;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (writesLeft <= 0) {
      refused++;
      throw new IOException(error);
    }
    writesLeft--;
    taken.write(b, off, len);
  }

  /** What the reader read before it left. */
  public String taken() {
    return taken.toString(StandardCharsets.UTF_8);
  }

  /** How many writes failed: pyro should stop after the first. */
  public int refused() {
    return refused;
  }
}
