package ai.pyromind.pyro.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The emulator's data dir holds passwords and tokens: a new one is made 0700 whatever the umask; an
 * existing one that others can enter is left as the user made it, with a warning.
 */
public final class DataDir {
  private static final Set<PosixFilePermission> OTHERS =
      Set.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private DataDir() {}

  /** Creates {@code dir} (0700) if missing; else the warning to give if others can read it. */
  public static Optional<String> prepare(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      setPrivate(dir);
      return Optional.empty();
    }
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(dir);
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
    if (perms.stream().noneMatch(OTHERS::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        "the data dir "
            + dir
            + " is open to other users ("
            + PosixFilePermissions.toString(perms)
            + ") and will hold passwords; make it private with: chmod 700 "
            + dir);
  }

  private static void setPrivate(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
