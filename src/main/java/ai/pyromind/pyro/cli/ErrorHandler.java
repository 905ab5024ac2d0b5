package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.AuthRequiredException;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.ResponseTooLargeException;
import ai.pyromind.pyro.api.UnsafeIdException;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ErrorFormat;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.InterruptedByUser;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.config.ConfigException;
import ai.pyromind.pyro.output.ErrorJson;
import ai.pyromind.pyro.output.JqException;
import ai.pyromind.pyro.output.OutputClosed;
import ai.pyromind.pyro.output.Sanitizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** The one place where failures become an {@code error:} line and an exit code. */
final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  private static final Set<String> RESOURCE_GROUPS =
      Set.of("sandbox", "instance", "inference", "train");
  private final Context context;

  ErrorHandler(Context context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    Throwable cause =
        ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
    if (cause instanceof OutputClosed) {
      return ExitCode.OUTPUT_CLOSED;
    }
    PrintWriter err = commandLine.getErr();
    if (context.debug()) {
      StringWriter trace = new StringWriter();
      cause.printStackTrace(new PrintWriter(trace));
      err.print(Sanitizer.block(trace.toString()));
    }
    int code = exitCode(cause);
    if (cause instanceof InterruptedByUser) {
      // with JSON errors every ending is one object; a follow or wait has given its own (with how
      // to take up again), a picker or prompt left with Ctrl-C has not
      if (context.errorFormat() == ErrorFormat.JSON && !context.out().interruptReported()) {
        err.println(ErrorJson.of(message(cause), null, code, resource(parseResult)));
      }
    } else {
      err.println(
          context.errorFormat() == ErrorFormat.JSON
              ? ErrorJson.of(message(cause), httpStatus(cause), code, resource(parseResult))
              : "error: " + Sanitizer.line(message(cause)));
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String help = cmd.getCommandSpec().qualifiedName() + " --help";
    String number = NumberForms.message(ex);
    String message =
        (number != null ? number : describe(ex) + Suggestions.of(ex)) + " (see '" + help + "')";
    boolean json = ErrorFormat.fromArgs(args, context.env().var("PYRO_OUTPUT")) == ErrorFormat.JSON;
    err.println(
        json
            ? ErrorJson.of(message, null, ExitCode.USAGE, null)
            : "error: " + Sanitizer.line(message));
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * A parse error in the words gh and kubectl use: a word that names none of a group's commands is
   * an "unknown command ... for 'pyro sandbox'", words a command does not take are "unexpected";
   * anything else is picocli's message ("unknown option: '--bogus'", "missing required ...").
   */
  static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")
        && ex.getCommandLine() != null) {
      CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
      List<String> words = unmatched.getUnmatched();
      if (!spec.subcommands().isEmpty()) {
        return "unknown command '" + words.get(0) + "' for '" + spec.qualifiedName() + "'";
      }
      return (words.size() == 1 ? "unexpected argument " : "unexpected arguments ")
          + String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
    }
    return lowerFirst(ex.getMessage());
  }

  /** picocli's "Missing required parameter" reads like pyro's other lines: "missing ...". */
  static String lowerFirst(String message) {
    if (message == null
        || message.length() < 2
        || !Character.isUpperCase(message.charAt(0))
        || !Character.isLowerCase(message.charAt(1))) {
      return message;
    }
    return Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  /**
   * stdout failed outside a command (help, the last flush): one line, JSON when the command line
   * asks for JSON errors; exit 1.
   */
  static int stdoutFailed(Context context, PrintWriter err, String[] args, RuntimeException e) {
    return stdoutFailed(context.env().var("PYRO_OUTPUT"), err, args, e);
  }

  static int stdoutFailed(String envOutput, PrintWriter err, String[] args, RuntimeException e) {
    boolean json = ErrorFormat.fromArgs(args, envOutput) == ErrorFormat.JSON;
    err.println(
        json
            ? ErrorJson.of(e.getMessage(), null, ExitCode.FAILURE, null)
            : "error: " + Sanitizer.line(e.getMessage()));
    err.flush();
    return ExitCode.FAILURE;
  }

  private static Integer httpStatus(Throwable e) {
    return e instanceof ApiException api ? api.status() : null;
  }

  /**
   * What the failed command was about: its first argument ({@code sbx_1}), else its group ({@code
   * sandbox}); null outside the resource groups.
   */
  static String resource(CommandLine.ParseResult root) {
    if (root == null) {
      return null;
    }
    CommandLine.ParseResult last = root;
    String group = null;
    while (last.hasSubcommand()) {
      last = last.subcommand();
      group = group == null ? last.commandSpec().name() : group;
    }
    if (group == null || !RESOURCE_GROUPS.contains(group)) {
      return null;
    }
    List<String> args =
        last.matchedPositionals().isEmpty()
            ? List.of()
            : last.matchedPositionals().get(0).originalStringValues();
    return args.isEmpty() ? group : args.get(0);
  }

  static int exitCode(Throwable e) {
    if (e instanceof ApiException api) {
      return ExitCode.forStatus(api.status());
    }
    if (e instanceof UsageException
        || e instanceof JqException
        || e instanceof ConfigException
        || e instanceof UnsafeIdException) {
      return ExitCode.USAGE;
    }
    if (e instanceof AuthRequiredException) {
      return ExitCode.AUTH;
    }
    if (e instanceof NetworkException) {
      return ExitCode.NETWORK;
    }
    if (e instanceof InterruptedByUser) {
      return ExitCode.INTERRUPTED;
    }
    return ExitCode.FAILURE;
  }

  static String message(Throwable e) {
    if (e instanceof ApiException api && (api.status() == 401 || api.status() == 403)) {
      return api.getMessage() + " (run `pyro auth login`, or set PYRO_TOKEN)";
    }
    if (e instanceof UncheckedIOException io && io.getMessage() != null) {
      return io.getMessage();
    }
    if (e instanceof ApiException
        || e instanceof UsageException
        || e instanceof JqException
        || e instanceof ConfigException
        || e instanceof AuthRequiredException
        || e instanceof NetworkException
        || e instanceof UnsafeIdException
        || e instanceof ResponseTooLargeException
        || e instanceof InterruptedByUser) {
      return e.getMessage();
    }
    String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
    return "unexpected "
        + e.getClass().getSimpleName()
        + detail
        + " (run with --debug for details)";
  }
}
