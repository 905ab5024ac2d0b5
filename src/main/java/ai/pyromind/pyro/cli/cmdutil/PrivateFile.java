package ai.pyromind.pyro.cli.cmdutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file only this user can read (0600, in a fresh 0700 folder) for handing a secret to another
 * program. It is removed on close, and by a shutdown hook when the JVM ends otherwise (Ctrl-C,
 * SIGTERM, SIGHUP); only SIGKILL can leave it behind.
 */
public final class PrivateFile implements AutoCloseable {
  private final Path dir;
  private final Path file;
  private final Thread remover = new Thread(this::remove, "pyro-private-file-remover");

  private PrivateFile(Path dir, Path file) {
    this.dir = dir;
    this.file = file;
  }

  public static PrivateFile create(String prefix, String name, byte[] content) {
    Path dir;
    try {
      dir =
          Files.createTempDirectory(
              prefix,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a private folder: " + e.getMessage(), e);
    }
    PrivateFile created = new PrivateFile(dir, dir.resolve(name));
    Runtime.getRuntime().addShutdownHook(created.remover);
    try {
      Files.createFile(
          created.file,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(created.file, content);
      return created;
    } catch (IOException e) {
      created.close();
      throw new UncheckedIOException("cannot write " + created.file + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return file;
  }

  /** Removes the file now; safe to call more than once. */
  public void remove() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // nothing better to do: the folder is 0700 and the next boot clears the temp dir
    }
  }

  @Override
  public void close() {
    remove();
    try {
      Runtime.getRuntime().removeShutdownHook(remover);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // the JVM is already shutting down (the hook runs), or the hook was never added
    }
  }
}
