package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Preflight;
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

  /**
   * Option types whose converters picocli looks up by reflection for every command it builds (three
   * for a line), which no pyro option has: java.sql's (not in the runtime: an exception each) and
   * java.time's ({@code CommandTreeTest#noOptionHasATypeWhoseConverterIsSkipped}). One short
   * pattern, as picocli compiles it again for each type it checks, in every command; it leaves
   * java.nio.file.Path, the other type picocli finds by reflection.
   */
  static final String UNUSED_CONVERTERS = "java\\.[st].*";

  /**
   * What picocli need not do at every start: look up converters pyro never uses, and look for
   * Groovy's Closure class, a miss that opens and indexes the whole jar (~5 ms) when every class
   * comes from the AOT cache. A value set on the command line wins.
   */
  private static void tunePicocli() {
    setUnlessSet("picocli.converters.excludes", UNUSED_CONVERTERS);
    setUnlessSet("picocli.disable.closures", "true");
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  private static CommandLine build(
      Context context, PrintWriter out, PrintWriter err, String[] args, boolean full) {
    PyroFactory factory = new PyroFactory(context);
    CommandLine cli = CommandTree.build(factory, args, full);
    PyroCommand root = (PyroCommand) cli.getCommand();
    ErrorHandler errors = new ErrorHandler(context);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(errors);
    cli.setExecutionStrategy(parseResult -> execute(context, cli, errors, parseResult));
    cli.setParameterExceptionHandler(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    context.attach(root, cli);
    context.wholeTree(factory);
    return cli;
  }

  /**
   * What runs once the line is parsed, unless it asks for help: the checks that need no server
   * ({@link Preflight}, {@code --notify}), the id picked or the names resolved, the command; then
   * its notification.
   */
  private static int execute(
      Context context, CommandLine cli, ErrorHandler errors, CommandLine.ParseResult parsed) {
    CommandLine.ParseResult leaf = leaf(parsed);
    boolean help = helpAsked(parsed);
    try {
      if (!help) {
        context.checkProfileName();
        preflight(leaf.commandSpec());
        Notify.check(leaf);
        Picks.fill(context, leaf);
        Names.resolve(context, parsed);
        // read from the line and PYRO_OUTPUT alone, as for a parse error: no config read here
        if (context.processSignals()
            && ai.pyromind.pyro.cli.cmdutil.ErrorFormat.fromArgs(
                    parsed.originalArgs().toArray(new String[0]), context.env().var("PYRO_OUTPUT"))
                == ai.pyromind.pyro.cli.cmdutil.ErrorFormat.JSON) {
          JsonInterrupt.install(cli.getErr(), ErrorHandler.resource(parsed));
        }
      }
    } catch (CommandLine.ParameterException e) {
      return errors.handleParseException(e, parsed.originalArgs().toArray(new String[0]));
    } catch (RuntimeException e) {
      throw new CommandLine.ExecutionException(cli, e.getMessage(), e);
    }
    int code;
    try {
      code = helpOrRun(context, parsed, cli.getErr());
    } catch (CommandLine.ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (!help) {
        Notify.after(context, leaf, ErrorHandler.exitCode(cause), cause);
      }
      throw e;
    }
    if (!help) {
      Notify.after(context, leaf, code, null);
    }
    return code;
  }

  /** Checks the command's options, and its mixins', that can be checked without a server. */
  private static void preflight(CommandLine.Model.CommandSpec spec) {
    if (spec.userObject() instanceof Preflight checked) {
      checked.preflight();
    }
    spec.mixins().values().forEach(Pyro::preflight);
  }

  private static boolean helpAsked(CommandLine.ParseResult root) {
    for (CommandLine.ParseResult r = root;
        r != null;
        r = r.hasSubcommand() ? r.subcommand() : null) {
      if (r.isUsageHelpRequested() || r.isVersionHelpRequested()) {
        return true;
      }
    }
    return false;
  }

  /** The command the line runs: the last subcommand named, or the root. */
  private static CommandLine.ParseResult leaf(CommandLine.ParseResult root) {
    CommandLine.ParseResult last = root;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last;
  }

  /**
   * Runs the command, or prints the help asked for: a help text written to a closed pipe or a full
   * disk ends like any other output (141, or one error line), not with picocli's stack trace.
   */
  private static int helpOrRun(
      Context context, CommandLine.ParseResult parseResult, PrintWriter err) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (OutputClosed e) {
      return ExitCode.OUTPUT_CLOSED;
    } catch (StdoutGuard.WriteFailed e) {
      return ErrorHandler.stdoutFailed(
          context, err, parseResult.originalArgs().toArray(new String[0]), e);
    }
  }

  /** Runs pyro with these arguments and returns the exit code. */
  public static int run(Context context, PrintWriter out, PrintWriter err, String... args) {
    tunePicocli();
    int code;
    try {
      // what the server answers keeps shell completion's id cache fresh
      context.answers(new ai.pyromind.pyro.cli.completion.IdRecorder(context));
      code = build(context, out, err, args, false).execute(args);
      out.flush();
    } catch (OutputClosed e) {
      // help, or the last buffered output, written to a pipe whose reader has gone
      code = ExitCode.OUTPUT_CLOSED;
    } catch (StdoutGuard.WriteFailed e) {
      code = ErrorHandler.stdoutFailed(context, err, args, e);
    } finally {
      context.close();
    }
    err.flush();
    return code;
  }
}
