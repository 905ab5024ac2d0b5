package ai.pyromind.pyro.emulator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Opens the journal's file. The journal holds passwords, so it is made 0600 whatever the umask
 * says. Tests hand in channels that fail writes on demand.
 */
@FunctionalInterface
interface JournalFiles {
  FileChannel open(Path file) throws IOException;

  JournalFiles REAL =
      file -> {
        FileChannel channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: nothing to tighten
        }
        return channel;
      };
}
