package ai.pyromind.pyro.cli.cmdutil;

/** The exit codes of CLI.md, the one contract scripts rely on. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int NOT_FOUND = 3;
  public static final int CONFLICT = 4;
  public static final int AUTH = 5;
  public static final int NETWORK = 6;
  public static final int ENDED_BADLY = 7;
  public static final int TIMED_OUT = 8;
  public static final int INTERRUPTED = 130;

  /**
   * stdout's reader has gone ({@code | head -1}): 128 + SIGPIPE, as a shell reports such a kill.
   */
  public static final int OUTPUT_CLOSED = 141;

  private ExitCode() {}

  /** The exit code for an HTTP error status. */
  public static int forStatus(int status) {
    return switch (status) {
      case 400, 422 -> USAGE;
      case 401, 403 -> AUTH;
      case 404 -> NOT_FOUND;
      case 409 -> CONFLICT;
      default -> FAILURE;
    };
  }
}
