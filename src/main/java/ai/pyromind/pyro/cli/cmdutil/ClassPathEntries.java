package ai.pyromind.pyro.cli.cmdutil;

import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's class path as files. The launcher passes the jar as {@code /dev/fd/9} (the name its
 * AOT caches know, dist/pyro.sh), which names nothing in another process or from another
 * descriptor: each entry is followed to the file it is.
 */
public final class ClassPathEntries {
  private ClassPathEntries() {}

  /** This process's class path. */
  public static List<Path> current() {
    return of(System.getProperty("java.class.path", ""));
  }

  /** The entries of {@code classPath}, each resolved through its links where it exists. */
  public static List<Path> of(String classPath) {
    List<Path> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      try {
        Path path = Path.of(entry);
        entries.add(resolved(path));
      } catch (InvalidPathException e) {
        // not a file name: nothing to compare or pass on
      }
    }
    return entries;
  }

  private static Path resolved(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException e) {
      return path.toAbsolutePath();
    }
  }
}
