package ai.pyromind.pyro.output;

import java.io.PrintWriter;

/** All printing: data to stdout, notices, warnings and errors to stderr. */
public final class Output {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean color;
  private final boolean quiet;
  private String lastOutcome;
  private final int width;
  private final java.util.function.IntSupplier errColumns;
  private int errWidth = -1;
  private boolean jsonErrors;
  private boolean interruptReported;

  /**
   * @param terminal whether stdout is a terminal (decides table formatting)
   * @param width stdout's width in columns (unlimited when it is not a terminal)
   * @param errWidth stderr's width in columns (unlimited when it is not a terminal), asked for only
   *     when a progress line is drawn
   */
  public Output(
      PrintWriter out,
      PrintWriter err,
      boolean terminal,
      boolean color,
      boolean quiet,
      int width,
      java.util.function.IntSupplier errWidth) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.color = color;
    this.quiet = quiet;
    this.width = width;
    this.errColumns = errWidth;
  }

  public PrintWriter data() {
    return out;
  }

  public boolean terminal() {
    return terminal;
  }

  public boolean color() {
    return color;
  }

  public boolean quiet() {
    return quiet;
  }

  /** stdout's width: what data lines are cut to. */
  public int width() {
    return width;
  }

  /**
   * stderr's width: what a progress line, redrawn in place on stderr, is cut to. It is stderr's
   * own, not stdout's: {@code pyro sandbox wait ID | tee} still draws on a terminal.
   */
  public int errWidth() {
    if (errWidth < 0) {
      errWidth = errColumns.getAsInt();
    }
    return errWidth;
  }

  /** One line of data on stdout; on a terminal with control characters neutralised. */
  public void println(String line) {
    out.println(terminal ? Sanitizer.block(line) : line);
    out.flush();
  }

  /** Something worth knowing, on stderr; {@code -q} silences it. */
  public void notice(String message) {
    if (!quiet) {
      err.println(Sanitizer.line(message));
      err.flush();
    }
  }

  /** A completed step, on stderr: {@code ✓ created sbx_1}. */
  public void success(String message) {
    lastOutcome = message;
    notice("✓ " + message);
  }

  /**
   * The last step completed or error reported, as given ({@code sbx_1 is running}): what a
   * notification repeats when a wait ends. Null if there was none.
   */
  public String lastOutcome() {
    return lastOutcome;
  }

  /** A warning, on stderr, even with {@code -q}. */
  public void warn(String message) {
    err.println("warning: " + Sanitizer.line(message));
    err.flush();
  }

  /** Errors as one JSON object per line ({@code -o json}, {@code --error-format json}). */
  public void jsonErrors(boolean json) {
    this.jsonErrors = json;
  }

  /**
   * An error the command reports itself before ending with {@code exitCode}, about {@code resource}
   * (an id, or null): always exactly one line. The exit code is required so that a JSON error
   * always says how the command ends.
   */
  public void error(String message, int exitCode, String resource) {
    error(message, null, exitCode, resource);
  }

  /**
   * An error with what a script may want to know: one {@code error:} line, or one JSON object when
   * errors are JSON; unknown parts are null.
   */
  public void error(String message, Integer httpStatus, int exitCode, String resource) {
    lastOutcome = message;
    err.println(
        jsonErrors
            ? ErrorJson.of(message, httpStatus, exitCode, resource)
            : "error: " + Sanitizer.line(message));
    err.flush();
  }

  /**
   * Ctrl-C stopped the command ({@code exitCode} 130): how to take up again, as a notice; when
   * errors are JSON, as the one error object instead (even with {@code -q}: it is how the command
   * ends), so that stderr holds one JSON object a line in every case.
   */
  public void interrupted(String message, int exitCode, String resource) {
    interruptReported = true;
    if (jsonErrors) {
      err.println(ErrorJson.of(message, null, exitCode, resource));
      err.flush();
    } else {
      notice(message);
    }
  }

  /** Whether {@link #interrupted} has told how the command ended. */
  public boolean interruptReported() {
    return interruptReported;
  }

  /** A raw line on stderr (debug traces, stack traces with --debug). */
  public void trace(String line) {
    err.println(Sanitizer.block(line));
    err.flush();
  }

  public PrintWriter err() {
    return err;
  }
}
