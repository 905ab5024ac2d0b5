package ai.pyromind.pyro.cli.cmdutil;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Programs pyro starts by name (a notifier, a VNC viewer, a browser opener), looked up on the
 * user's PATH as a careful shell would: only absolute entries count. An empty or relative entry
 * ({@code ::}, {@code .}, {@code bin}) names whatever directory pyro runs in, where anyone who can
 * write a file (a cloned repository, a download) would choose what runs.
 */
public final class Executables {
  private Executables() {}

  /** The first regular executable file of this name in an absolute PATH entry, or null. */
  public static Path onPath(Env env, String name) {
    String path = env.var("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty() || !Path.of(dir).isAbsolute()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
