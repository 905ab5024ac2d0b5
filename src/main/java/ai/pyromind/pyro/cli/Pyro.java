package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.PyroCommand;
import ai.pyromind.pyro.output.OutputClosed;
import ai.pyromind.pyro.output.StdoutGuard;
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
    CommandLine cli = new CommandLine(root, factory);
    CommandTree.addGroups(cli, factory, args, full);
    ErrorHandler errors = new ErrorHandler(context);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(errors);
    cli.setExecutionStrategy(
        parseResult -> {
          try {
            Names.resolve(context, parseResult);
          } catch (RuntimeException e) {
            throw new CommandLine.ExecutionException(cli, e.getMessage(), e);
          }
          return helpOrRun(parseResult, err);
        });
    cli.setParameterExceptionHandler(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    context.attach(root, cli);
    context.wholeTree(factory);
    return cli;
  }

  /**
   * Runs the command, or prints the help asked for: a help text written to a closed pipe or a full
   * disk ends like any other output (141, or one error line), not with picocli's stack trace.
   */
  private static int helpOrRun(CommandLine.ParseResult parseResult, PrintWriter err) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (OutputClosed e) {
      return ExitCode.OUTPUT_CLOSED;
    } catch (StdoutGuard.WriteFailed e) {
      err.println("error: " + e.getMessage());
      return ExitCode.FAILURE;
    }
  }

  /** Runs pyro with these arguments and returns the exit code. */
  public static int run(Context context, PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      code = build(context, out, err, args, false).execute(args);
      out.flush();
    } catch (OutputClosed e) {
      // help, or the last buffered output, written to a pipe whose reader has gone
      code = ExitCode.OUTPUT_CLOSED;
    } catch (StdoutGuard.WriteFailed e) {
      err.println("error: " + e.getMessage());
      code = ExitCode.FAILURE;
    } finally {
      context.close();
    }
    err.flush();
    return code;
  }
}
