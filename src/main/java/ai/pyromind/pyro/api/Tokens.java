package ai.pyromind.pyro.api;

import java.util.Locale;

/**
 * What a bearer token may hold: printable ASCII without spaces. A token with anything else (a
 * no-break space from a copy-paste, a newline) cannot go into an HTTP header, and the HTTP client's
 * own error would print the whole token.
 */
public final class Tokens {
  private Tokens() {}

  /** The first character a token may not hold, as {@code U+00A0 at position 17}; else null. */
  public static String badCharacter(String token) {
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      if (c < 0x21 || c > 0x7e) {
        return String.format(Locale.ROOT, "U+%04X at position %d", c, i + 1);
      }
      i += Character.charCount(c);
    }
    return null;
  }
}
