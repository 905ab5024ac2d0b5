package ai.pyromind.pyro.output;

import java.util.Locale;

/** ANSI styling, used only when colour is on. */
public final class Styles {
  private static final String RESET = "\u001b[0m";

  private Styles() {}

  /** Running green, pending yellow, error/failed red, paused/stopped dim. */
  public static String status(String status, boolean color) {
    if (!color || status.isEmpty()) {
      return status;
    }
    String code =
        switch (status.toLowerCase(Locale.ROOT)) {
          case "running", "success", "completed", "succeeded" -> "32";
          case "pending", "starting", "resuming", "pausing" -> "33";
          case "error", "failed", "canceled", "cancelled" -> "31";
          case "paused", "stopped", "deleted", "expired" -> "2";
          default -> null;
        };
    return code == null ? status : "\u001b[" + code + "m" + status + RESET;
  }

  public static String bold(String text, boolean color) {
    return color ? "\u001b[1m" + text + RESET : text;
  }
}
