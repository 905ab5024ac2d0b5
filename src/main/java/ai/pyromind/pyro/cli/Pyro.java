package ai.pyromind.pyro.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line for one run: the root command, its context, handlers and writers. */
public final class Pyro {
  private Pyro() {}

  /** The whole command tree, as completion scripts, man pages and tests see it. */
  public static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err) {
    return build(context, out, err, new String[0], true);
  }

  private static CommandLine build(
      Context context, PrintWriter out, PrintWriter err, String[] args, boolean full) {
    PyroFactory factory = new PyroFactory(context);
    PyroCommand root = new PyroCommand();
    root.context(context);
    CommandLine cli = new CommandLine(root, factory);
    CommandTree.addGroups(cli, factory, args, full);
    ErrorHandler errors = new ErrorHandler(context);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionStrategy(
        parseResult -> {
          try {
            Names.resolve(context, parseResult);
          } catch (RuntimeException e) {
            throw new CommandLine.ExecutionException(cli, e.getMessage(), e);
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    context.attach(root, cli);
    return cli;
  }

  /** Runs pyro with these arguments and returns the exit code. */
  public static int run(Context context, PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      code = build(context, out, err, args, false).execute(args);
    } finally {
      context.close();
    }
    out.flush();
    err.flush();
    return code;
  }
}
