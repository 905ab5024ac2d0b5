package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.VersionInfo;
import ai.pyromind.pyro.output.OutputClosed;
import ai.pyromind.pyro.output.StdoutGuard;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The lines answered without a command model, the most common probes of all: {@code pyro
 * --version}, and {@code pyro [COMMAND...] --help} where picocli would print plain 80-column text,
 * which {@link HelpPages} holds for every command.
 */
public final class QuickAnswers {
  /** What {@link #answer} returns when the line needs the whole of pyro. */
  public static final int NOT_QUICK = -1;

  private static final java.util.Set<String> SET_BY_PYRO =
      java.util.Set.of("picocli.converters.excludes", "picocli.disable.closures");

  private QuickAnswers() {}

  /**
   * Prints the answer to {@code args} if it is a quick one, and returns its exit code; else prints
   * nothing and returns {@link #NOT_QUICK}.
   */
  public static int answer(
      String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    return answer(args, env, STDOUT_TERMINAL, out, err);
  }

  /** Whether stdout is a terminal, asked only for a help line (a class: a lambda is spun). */
  private static final BooleanSupplier STDOUT_TERMINAL =
      new BooleanSupplier() {
        @Override
        public boolean getAsBoolean() {
          return Env.isTerminal(1);
        }
      };

  static int answer(
      String[] args,
      Map<String, String> env,
      BooleanSupplier stdoutTerminal,
      PrintWriter out,
      PrintWriter err) {
    String text = null;
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      text = String.join("\n", VersionInfo.load().lines()) + "\n";
    } else if (asksForHelp(args) && plainHelp(env, stdoutTerminal)) {
      text =
          HelpPages.of(String.join(" ", java.util.Arrays.asList(args).subList(0, args.length - 1)));
    }
    if (text == null) {
      return NOT_QUICK;
    }
    try {
      out.print(text);
      out.flush();
      return 0;
    } catch (OutputClosed e) {
      return ExitCode.OUTPUT_CLOSED;
    } catch (StdoutGuard.WriteFailed e) {
      return ErrorHandler.stdoutFailed(env.get("PYRO_OUTPUT"), err, args, e);
    }
  }

  /** Command words, then {@code --help} or {@code -h}, and nothing else. */
  private static boolean asksForHelp(String[] args) {
    if (args.length == 0
        || !(args[args.length - 1].equals("--help") || args[args.length - 1].equals("-h"))) {
      return false;
    }
    for (int i = 0; i < args.length - 1; i++) {
      if (!isCommandWord(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCommandWord(String arg) {
    if (arg.isEmpty() || arg.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether picocli would print the help as the stored pages are: no ANSI and 80 columns. It sizes
   * and colors help only for a terminal (stdin and stdout both), colors it anyway when
   * CLICOLOR_FORCE is set to other than 0 and NO_COLOR is not set, and reads its own {@code
   * picocli.*} system properties (those pyro sets, see {@link Pyro}, change no help).
   */
  private static boolean plainHelp(Map<String, String> env, BooleanSupplier stdoutTerminal) {
    String force = env.get("CLICOLOR_FORCE");
    boolean colorForced = force != null && !force.equals("0") && env.get("NO_COLOR") == null;
    if (colorForced || stdoutTerminal.getAsBoolean()) {
      return false;
    }
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.") && !SET_BY_PYRO.contains(name)) {
        return false;
      }
    }
    return true;
  }
}
