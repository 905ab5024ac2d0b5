package ai.pyromind.pyro.cli.completion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

/** The id cache's folder, used only while it is this user's alone. */
final class PrivateFolder {
  private PrivateFolder() {}

  /**
   * Whether the folder is ours alone: an absolute path (never the working folder), a real folder
   * (not a link someone may have planted), owned by this user and writable by no one else.
   */
  static boolean trusted(Path dir) {
    if (!dir.isAbsolute()) {
      return false;
    }
    try {
      PosixFileAttributes folder =
          Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return folder.isDirectory()
          && folder.owner().equals(me())
          && !folder.permissions().contains(PosixFilePermission.GROUP_WRITE)
          && !folder.permissions().contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Creates the folder (0700) if it is missing; fails unless it is then {@link #trusted}. */
  static void make(Path dir) throws IOException {
    if (dir.isAbsolute() && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    if (!trusted(dir)) {
      throw new IOException(dir + " is not a private folder of this user's");
    }
  }

  /**
   * This process's user: the owner of /proc/self, which needs no passwd entry (containers often run
   * as a uid without one, and then user.name is "?"); by name where there is no /proc.
   */
  private static UserPrincipal me() throws IOException {
    Path self = Path.of("/proc/self");
    return Files.exists(self)
        ? Files.getOwner(self)
        : self.getFileSystem()
            .getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name"));
  }
}
