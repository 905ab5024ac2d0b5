package ai.pyromind.pyro.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line for one run: the root command, its context, handlers and writers. */
public final class Pyro {
  private Pyro() {}

  public static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err) {
    PyroFactory factory = new PyroFactory(context);
    PyroCommand root = new PyroCommand();
    root.context(context);
    CommandLine cli = new CommandLine(root, factory);
    ErrorHandler errors = new ErrorHandler(context);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    context.attach(root, cli);
    return cli;
  }

  /** Runs pyro with these arguments and returns the exit code. */
  public static int run(Context context, PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(context, out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
