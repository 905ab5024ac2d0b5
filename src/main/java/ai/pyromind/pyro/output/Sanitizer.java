package ai.pyromind.pyro.output;

/**
 * Makes server text safe to print: every C0 and C1 control character and DEL becomes visible text,
 * so no escape sequence (CSI, OSC, DCS, ...) reaches the terminal raw.
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

  private static String clean(String text, boolean keepNewlines) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
      boolean unsafeFormat = c == '\u202e' || c == '\u202d' || c == '\u2066' || c == '\u2067';
      if ((control && !(keepNewlines && c == '\n')) || unsafeFormat) {
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
