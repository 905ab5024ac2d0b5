package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ShortText;
import ai.pyromind.pyro.output.Output;
import ai.pyromind.pyro.output.Sanitizer;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A desktop notification where there is a desktop ({@code notify-send} with a display on Linux,
 * {@code osascript} on macOS), else the terminal bell on stderr when stderr is a terminal. It never
 * blocks for long and never fails: the notifier is started with the user's environment minus pyro's
 * secrets, its text passed as arguments (no shell), and waited for at most a moment.
 */
public final class Notifier {
  static final long WAIT_MS = 1000;

  /**
   * A notification shows a few lines; a longer text (a server's message can be any size) would only
   * risk the notifier's command line being refused (E2BIG) and no notification at all.
   */
  static final int MOST_CHARS = 240;

  private static final String BELL = "\007";
  private final Env env;
  private final Output out;
  private final boolean debug;

  public Notifier(Env env, Output out, boolean debug) {
    this.env = env;
    this.out = out;
    this.debug = debug;
  }

  /** Tells the person that something ended; whatever goes wrong is ignored. */
  public void send(String title, String text) {
    String safeTitle = Sanitizer.line(title);
    String safeText = shortened(Sanitizer.line(text));
    List<String> command = command(safeTitle, safeText);
    if (command == null || !ran(command)) {
      bell();
    }
  }

  private static String shortened(String text) {
    if (text.length() <= MOST_CHARS) {
      return text;
    }
    return ShortText.head(text, MOST_CHARS - 1) + "…";
  }

  private List<String> command(String title, String text) {
    boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    if (mac) {
      Path osascript = onPath("osascript");
      return osascript == null
          ? null
          : List.of(
              osascript.toString(),
              "-e",
              "on run argv",
              "-e",
              "display notification (item 2 of argv) with title (item 1 of argv)",
              "-e",
              "end run",
              title,
              text);
    }
    if (env.var("DISPLAY") == null && env.var("WAYLAND_DISPLAY") == null) {
      return null;
    }
    Path notifySend = onPath("notify-send");
    return notifySend == null
        ? null
        : List.of(notifySend.toString(), "--app-name=pyro", "--", title, text);
  }

  /** Whether the notifier started and did not fail within the moment it is given. */
  private boolean ran(List<String> command) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      Process process = ChildEnvironment.apply(builder, env).start();
      if (process.waitFor(WAIT_MS, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
        trace(command.get(0) + " exited " + process.exitValue());
        return false;
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    } catch (Exception e) {
      trace("cannot start " + command.get(0) + ": " + e.getMessage());
      return false;
    }
  }

  private void bell() {
    if (env.stderrTerminal()) {
      out.err().print(BELL);
      out.err().flush();
    }
  }

  private void trace(String line) {
    if (debug) {
      out.trace("notify: " + line);
    }
  }

  /** The first executable of this name on the user's PATH (not the JVM's). */
  private Path onPath(String name) {
    return Executables.onPath(env, name);
  }
}
