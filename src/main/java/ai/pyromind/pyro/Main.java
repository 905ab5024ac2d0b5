package ai.pyromind.pyro;

import ai.pyromind.pyro.cli.Context;
import ai.pyromind.pyro.cli.Env;
import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.VersionInfo;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = writer(FileDescriptor.out);
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The most common probe of all needs no command model: answer before building one.
      for (String line : VersionInfo.load().lines()) {
        out.println(line);
      }
      out.flush();
      System.exit(0);
    }
    PrintWriter err = writer(FileDescriptor.err);
    int code = Pyro.run(new Context(Env.system()), out, err, args);
    System.exit(code);
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
  }
}
