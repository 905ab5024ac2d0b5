package ai.pyromind.pyro.cli.emulator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock an emulator holds on {@code emulator.lock} beside its pid file for as long as it runs. A
 * pid file alone cannot tell an emulator from a program that got the same pid after a crash or a
 * reboot; the lock ends with the process that held it, so only a live emulator holds it. The file
 * stays (removing it would let two emulators lock two different files).
 */
final class EmulatorLock implements AutoCloseable {
  /** Locks this JVM holds: probing them through another channel could release them (POSIX). */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;

  private EmulatorLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** The lock, or empty when another emulator holds it. */
  static Optional<EmulatorLock> take(Path file) throws IOException {
    Path key = file.toAbsolutePath();
    if (!HELD_HERE.add(key)) {
      return Optional.empty();
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              key,
              Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new EmulatorLock(key, channel));
      }
    } catch (OverlappingFileLockException e) {
      // held by this JVM under another name of the same file
    } catch (IOException | RuntimeException e) {
      HELD_HERE.remove(key);
      closeQuietly(channel);
      throw e;
    }
    HELD_HERE.remove(key);
    closeQuietly(channel);
    return Optional.empty();
  }

  /** Whether a live emulator holds the lock on {@code file}. */
  static boolean held(Path file) {
    Path key = file.toAbsolutePath();
    if (HELD_HERE.contains(key)) {
      return true;
    }
    if (!Files.isRegularFile(key)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(key, StandardOpenOption.READ)) {
      FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
      if (probe == null) {
        return true;
      }
      probe.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closeQuietly(channel);
    HELD_HERE.remove(file);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing releases the lock; nothing else to undo
      }
    }
  }
}
