package ai.pyromind.pyro.emulator;

/**
 * The names that make the emulator answer a documented failure on purpose, for the errors no
 * capacity or state reaches (the table in docs/emulator-errors.md lists each one).
 */
final class FailingNames {
  /** A bucket nobody may touch: writes and deletes are denied. */
  static final String DENIED_BUCKET = "denied-";

  /** A bucket under object lock: written to freely, but nothing in it may be deleted. */
  static final String LOCKED_BUCKET = "locked-";

  /** An output path or mount path on storage that refuses writes. */
  static final String READONLY_PATH = "/readonly";

  static final String CORRUPTED_CHECKPOINT = "corrupted-";

  /** A sandbox that goes to {@code error} instead of {@code running}. */
  static final String ERROR_SANDBOX = "error-";

  /** An instance whose access tokens the auth service fails to issue. */
  static final String NO_AUTH_INSTANCE = "noauth-";

  private FailingNames() {}

  static boolean writeDenied(String bucket) {
    return bucket != null && bucket.startsWith(DENIED_BUCKET);
  }

  static boolean deleteDenied(String bucket) {
    return writeDenied(bucket) || (bucket != null && bucket.startsWith(LOCKED_BUCKET));
  }

  static boolean readOnly(String path) {
    return path != null && path.startsWith(READONLY_PATH);
  }

  static boolean corrupted(String checkpoint) {
    return checkpoint != null && checkpoint.startsWith(CORRUPTED_CHECKPOINT);
  }

  static boolean erroring(String sandboxName) {
    return sandboxName.startsWith(ERROR_SANDBOX);
  }

  static boolean authFails(String instanceName) {
    return instanceName.startsWith(NO_AUTH_INSTANCE);
  }

  /** The bucket of {@code s3://bucket/path} (or of {@code bucket/path}). */
  static String bucketOf(String location) {
    String rest = location.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }
}
