package ai.pyromind.pyro.output;

/**
 * The reader of stdout has gone (EPIPE: {@code pyro ... | head -1}): the command stops at once and
 * pyro exits 141, as a program killed by SIGPIPE does, without an error line.
 */
public final class OutputClosed extends RuntimeException {
  public OutputClosed() {
    super("the reader of stdout has gone", null, false, false);
  }
}
