package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.output.ErrorJson;
import java.io.PrintWriter;
import sun.misc.Signal;

/**
 * Ctrl-C where no command handles it (a list, a get, a create waiting on its answer): the JVM would
 * end at once with 130 and say nothing, which with JSON errors is the one ending without its error
 * object. When errors are JSON, SIGINT prints {@code {"error":{"message":"interrupted",...,
 * "exit_code":130}}} on stderr first, then exits 130 as before. A command that handles Ctrl-C
 * itself (a follow, a wait, a picker) installs its own handler in place of this one. As text,
 * nothing is printed, as with gh and kubectl.
 */
final class JsonInterrupt {
  private JsonInterrupt() {}

  static void install(PrintWriter err, String resource) {
    try {
      Signal.handle(
          new Signal("INT"),
          signal -> {
            err.println(ErrorJson.of("interrupted", null, ExitCode.INTERRUPTED, resource));
            err.flush();
            System.exit(ExitCode.INTERRUPTED);
          });
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no signal handling here (-Xrs): Ctrl-C ends the process as before
    }
  }
}
