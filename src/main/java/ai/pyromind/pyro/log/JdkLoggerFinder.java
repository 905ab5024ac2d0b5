package ai.pyromind.pyro.log;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Where the JDK's own loggers ({@code System.getLogger}: {@code java.net.http}, {@code
 * Runtime.exit}, the emulator's HTTP server) write: warnings and errors to stderr, one line each,
 * the rest nowhere. Without it the JDK starts {@code java.util.logging} for them at every run (its
 * log manager, the logging.properties it reads, ~20 classes), though at its default level they
 * print only what this prints too. JLine, which calls {@code java.util.logging} itself, is
 * unaffected.
 */
public final class JdkLoggerFinder extends System.LoggerFinder {
  @Override
  public System.Logger getLogger(String name, Module module) {
    return new StderrLogger(name);
  }

  /** Warnings and errors as {@code NAME: LEVEL: message}, on stderr. */
  record StderrLogger(String name) implements System.Logger {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return level != Level.OFF && level.getSeverity() >= Level.WARNING.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        write(level, localized(bundle, msg) + (thrown == null ? "" : ": " + thrown));
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        String pattern = localized(bundle, format);
        write(level, params == null || params.length == 0 ? pattern : format(pattern, params));
      }
    }

    private void write(Level level, String message) {
      PrintStream err = System.err;
      err.println(name + ": " + level.getName() + ": " + message);
    }

    private static String format(String pattern, Object... params) {
      try {
        return MessageFormat.format(pattern, params);
      } catch (IllegalArgumentException e) {
        return pattern;
      }
    }

    private static String localized(ResourceBundle bundle, String key) {
      return bundle != null && key != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }
  }
}
