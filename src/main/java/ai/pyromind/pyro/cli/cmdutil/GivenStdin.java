package ai.pyromind.pyro.cli.cmdutil;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * stdin as the shell gave it. When it was closed ({@code <&-}), the first file the runtime opened
 * took descriptor 0: reading "stdin" would read the runtime's own modules image, jar or AOT cache
 * and send it as a token or a request body. Such a stdin reads as what it is, a closed one: empty.
 * Checked at the first read, so that a run that never reads stdin pays nothing.
 */
final class GivenStdin extends FilterInputStream {
  private boolean checked;

  GivenStdin(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }

  @Override
  public long skip(long n) throws IOException {
    check();
    return super.skip(n);
  }

  @Override
  public int available() throws IOException {
    check();
    return super.available();
  }

  private synchronized void check() {
    if (checked) {
      return;
    }
    checked = true;
    Path fd0 = Path.of("/proc/self/fd/0");
    try {
      if (Files.isSymbolicLink(fd0)
          && isProgramFile(
              Files.readSymbolicLink(fd0),
              System.getProperty("java.home", ""),
              System.getProperty("java.class.path", ""))) {
        in = InputStream.nullInputStream();
      }
    } catch (IOException | SecurityException e) {
      // cannot tell: read stdin as it is
    }
  }

  /** Whether {@code file} is one of the program's own files: the runtime, its jars and caches. */
  static boolean isProgramFile(Path file, String javaHome, String classPath) {
    if (!javaHome.isEmpty() && file.startsWith(Path.of(javaHome))) {
      return true;
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    boolean jarOrCache = name.endsWith(".jar") || name.endsWith(".aot") || name.endsWith(".jsa");
    for (Path entry : ClassPathEntries.of(classPath)) {
      if (file.equals(entry)
          || jarOrCache && file.getParent() != null && file.getParent().equals(entry.getParent())) {
        return true;
      }
    }
    return ProcessHandle.current().info().command().map(file.toString()::equals).orElse(false);
  }
}
