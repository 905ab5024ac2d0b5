package ai.pyromind.pyro.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on {@code config.yaml.lock} beside the config, held around a read-modify-write
 * so that concurrent pyro processes never lose each other's changes. The file stays (removing it
 * would let two writers lock two different files); it is empty and 0600.
 */
final class ConfigLock implements AutoCloseable {
  /** File locks are per process: threads of one JVM queue here first. */
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private final FileChannel channel;
  private final FileLock lock;

  private ConfigLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static ConfigLock acquire(Path config) {
    Path file = config.resolveSibling(config.getFileName() + ".lock");
    IN_PROCESS.lock();
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), privateFile());
      return new ConfigLock(channel, channel.lock());
    } catch (IOException e) {
      closeQuietly(channel);
      IN_PROCESS.unlock();
      throw new UncheckedIOException(
          "cannot lock config file " + config + ": " + IoReasons.of(e, file), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      IN_PROCESS.unlock();
      throw e;
    }
  }

  private static FileAttribute<?>[] privateFile() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing releases the lock, if any; nothing else to undo
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    } finally {
      closeQuietly(channel);
      IN_PROCESS.unlock();
    }
  }
}
