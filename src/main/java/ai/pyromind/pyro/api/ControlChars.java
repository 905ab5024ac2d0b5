package ai.pyromind.pyro.api;

/**
 * The characters that must never reach a terminal raw: every C0 and C1 control character, DEL, and
 * every character that reorders or breaks the text around it. JSON and YAML written for a terminal
 * escape them here; {@code output.Sanitizer} makes them visible in plain text.
 */
public final class ControlChars {
  private ControlChars() {}

  /** Whether a character must never reach a terminal raw (newline and tab aside). */
  public static boolean unsafe(char c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || reorders(c);
  }

  /** Bidi controls (embeddings, overrides, isolates, marks) and the Unicode line breaks. */
  static boolean reorders(char c) {
    return (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || c == '\u2028'
        || c == '\u2029';
  }
}
