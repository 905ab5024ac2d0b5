package ai.pyromind.pyro;

import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.VersionInfo;
import ai.pyromind.pyro.output.OutputClosed;
import ai.pyromind.pyro.output.StdoutGuard;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = writer(new StdoutGuard(new FileOutputStream(FileDescriptor.out)));
    PrintWriter err = writer(new FileOutputStream(FileDescriptor.err));
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The most common probe of all needs no command model: answer before building one.
      try {
        for (String line : VersionInfo.load().lines()) {
          out.println(line);
        }
        out.flush();
      } catch (OutputClosed e) {
        System.exit(ExitCode.OUTPUT_CLOSED);
      } catch (StdoutGuard.WriteFailed e) {
        err.println("error: " + e.getMessage());
        err.flush();
        System.exit(ExitCode.FAILURE);
      }
      System.exit(0);
    }
    int code = Pyro.run(new Context(Env.system()), out, err, args);
    System.exit(code);
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
