package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.AuthRequiredException;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.config.ConfigException;
import ai.pyromind.pyro.output.Sanitizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** The one place where failures become an {@code error:} line and an exit code. */
final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  private final Context context;

  ErrorHandler(Context context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    Throwable cause =
        ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
    PrintWriter err = commandLine.getErr();
    if (context.debug()) {
      StringWriter trace = new StringWriter();
      cause.printStackTrace(new PrintWriter(trace));
      err.print(Sanitizer.block(trace.toString()));
    }
    if (!(cause instanceof InterruptedByUser)) {
      err.println("error: " + Sanitizer.line(message(cause)));
    }
    err.flush();
    return exitCode(cause);
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String help = cmd.getCommandSpec().qualifiedName() + " --help";
    err.println(
        "error: " + Sanitizer.line(ex.getMessage() + suggestion(ex)) + " (see '" + help + "')");
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * "; did you mean list?" for a mistyped command or option, as gh offers: the command's
   * subcommands or options nearest to what was typed (two edits at most), each named once (by its
   * closest name or alias).
   */
  private static String suggestion(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String typed = unmatched.getUnmatched().get(0).split("=", 2)[0];
    CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
    Map<String, ?> names = typed.startsWith("-") ? spec.optionsMap() : spec.subcommands();
    Map<Object, String> closestName = new LinkedHashMap<>();
    names.forEach(
        (name, target) -> {
          if (editDistance(typed, name) <= 2) {
            closestName.merge(
                target,
                name,
                (kept, other) ->
                    editDistance(typed, other) < editDistance(typed, kept) ? other : kept);
          }
        });
    int nearest =
        closestName.values().stream().mapToInt(name -> editDistance(typed, name)).min().orElse(0);
    List<String> close =
        closestName.values().stream()
            .filter(name -> editDistance(typed, name) == nearest)
            .limit(2)
            .toList();
    return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static int exitCode(Throwable e) {
    if (e instanceof ApiException api) {
      return ExitCode.forStatus(api.status());
    }
    if (e instanceof UsageException || e instanceof ConfigException) {
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

  private static String message(Throwable e) {
    if (e instanceof ApiException api && (api.status() == 401 || api.status() == 403)) {
      return api.getMessage() + " (run `pyro auth login`, or set PYRO_TOKEN)";
    }
    if (e instanceof UncheckedIOException io && io.getMessage() != null) {
      return io.getMessage();
    }
    if (e instanceof ApiException
        || e instanceof UsageException
        || e instanceof ConfigException
        || e instanceof AuthRequiredException
        || e instanceof NetworkException
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
