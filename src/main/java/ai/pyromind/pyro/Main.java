package ai.pyromind.pyro;

import ai.pyromind.pyro.api.Warmup;
import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.QuickAnswers;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.VersionInfo;
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
    if (mayCallTheServer(args)) {
      Warmup.start(VersionInfo.PRELOAD);
    }
    PrintWriter out =
        writer(
            "closed".equals(System.getProperty("pyro.stdout"))
                ? StdoutGuard.closed()
                : new StdoutGuard(new FileOutputStream(FileDescriptor.out)));
    PrintWriter err = writer(new FileOutputStream(FileDescriptor.err));
    // The most common probes need no command model: answer them before building one.
    int quick = QuickAnswers.answer(args, System.getenv(), out, err);
    if (quick != QuickAnswers.NOT_QUICK) {
      // Nothing to shut down: no hook was registered, and the output is flushed. System.exit
      // would first start the JDK's logging to ask whether to log the exit (~3 ms of ~30).
      Runtime.getRuntime().halt(quick);
    }
    int code = Pyro.run(new Context(Env.system()).processSignals(true), out, err, args);
    System.exit(code);
  }

  /**
   * Whether the line may read the config and call a server: not help or version, nor the groups
   * that never call one (a guess from the first word; a wrong one costs only the warm-up).
   */
  private static boolean mayCallTheServer(String[] args) {
    String command = null;
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
        return false;
      }
      if (command == null && !arg.startsWith("-")) {
        command = arg;
      }
    }
    return command != null && !isLocalGroup(command);
  }

  /** The groups that never call a server. */
  private static boolean isLocalGroup(String command) {
    return switch (command) {
      case "config", "completion", "version" -> true;
      default -> false;
    };
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
