package ai.pyromind.pyro.testing;

import ai.pyromind.pyro.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * pyro in a JVM of its own, from the test classpath: for what an in-process run cannot show
 * (signals, shutdown hooks, a shell calling {@code pyro}). Unlike e2e.PyroProcess, it needs no
 * built distribution.
 */
public final class PyroJvm {
  private PyroJvm() {}

  public static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** A {@code #!/bin/sh} script that runs pyro with its arguments, for a fake PATH. */
  public static String script() {
    StringBuilder line = new StringBuilder("#!/bin/sh\nexec");
    for (String part : command()) {
      line.append(" '").append(part.replace("'", "'\\''")).append('\'');
    }
    return line.append(" \"$@\"\n").toString();
  }
}
