package ai.pyromind.pyro.cli.cmdutil;

/** Ctrl-C at a prompt or during long-running work: exit 130. */
public class InterruptedByUser extends RuntimeException {
  public InterruptedByUser() {
    super("interrupted");
  }
}
