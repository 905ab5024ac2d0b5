package ai.pyromind.pyro.api;

/** Text cut short for a message, never between the two halves of a character outside the BMP. */
public final class ShortText {
  private ShortText() {}

  /** The first {@code max} chars of {@code text} (one fewer where that would split a pair). */
  public static String head(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
