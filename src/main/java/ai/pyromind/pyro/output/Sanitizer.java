package ai.pyromind.pyro.output;

import ai.pyromind.pyro.api.ControlChars;

/**
 * Makes server text safe to print: every C0 and C1 control character, DEL, and every character that
 * reorders or breaks the text around it (bidi embeddings, overrides, isolates and marks, the
 * Unicode line and paragraph separators) becomes visible text, so no escape sequence (CSI, OSC,
 * DCS, ...) reaches the terminal raw and no line is shown in another order than it is stored.
 */
public final class Sanitizer {
  private Sanitizer() {}

  /** For one table cell or one log line: newlines and tabs are neutralised too. */
  public static String line(String text) {
    return clean(text, false);
  }

  /** For multi-line text shown as such: newlines are kept, everything else neutralised. */
  public static String block(String text) {
    return clean(text, true);
  }

  /** Whether a character must never reach a terminal raw (newline and tab aside). */
  public static boolean unsafe(char c) {
    return ControlChars.unsafe(c);
  }

  private static String clean(String text, boolean keepNewlines) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c) && !(keepNewlines && c == '\n')) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8);
          sb.append(text, 0, i);
        }
        sb.append(visible(c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String visible(char c) {
    if (c == '\t') {
      return " ";
    }
    if (c < 0x20) {
      return "^" + (char) (c + 0x40);
    }
    if (c == 0x7f) {
      return "^?";
    }
    return String.format("\\u%04x", (int) c);
  }
}
