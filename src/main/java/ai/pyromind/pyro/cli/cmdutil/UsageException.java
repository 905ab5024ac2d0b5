package ai.pyromind.pyro.cli.cmdutil;

/** Input that pyro refuses before anything is sent: exit code 2. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
