package ai.pyromind.pyro.cli.cmdutil;

/** The most an answer may weigh once decoded: {@code PYRO_MAX_RESPONSE_MB} / max_response_mb. */
public final class ResponseLimit {
  public static final int MAX_MB = 4096;

  private ResponseLimit() {}

  /** The limit in megabytes; {@code source} names where the value came from in the error. */
  public static int megabytes(String value, String source) {
    String v = value.trim();
    if (v.matches("\\d{1,4}")) {
      int mb = Integer.parseInt(v);
      if (mb >= 1 && mb <= MAX_MB) {
        return mb;
      }
    }
    throw new UsageException(
        "invalid "
            + source
            + " '"
            + value
            + "' (a whole number of megabytes from 1 to "
            + MAX_MB
            + ")");
  }
}
