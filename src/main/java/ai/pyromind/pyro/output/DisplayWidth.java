package ai.pyromind.pyro.output;

import java.util.Arrays;

/**
 * How many terminal columns text takes: East Asian Wide and Fullwidth characters (CJK, emoji shown
 * as emoji) take two, combining marks and zero-width characters none, the rest one. Text is
 * measured, padded and cut by whole characters with their marks, never inside a surrogate pair.
 *
 * <p>Written here rather than taken from JLine's {@code WCWidth}: tables must not load JLine (see
 * {@code ClassLoadBudgetIT}), Java 17 has no East Asian Width property, and JLine's table counts
 * emoji such as U+26A1 or U+2705 as one column where terminals draw two.
 */
public final class DisplayWidth {
  private static final int VARIATION_EMOJI = 0xFE0F;

  /** East Asian Width W and F (Unicode 14), first and last of each run; unassigned gaps merged. */
  private static final int[] WIDE = {
    0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
    0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
    0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
    0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
    0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
    0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
    0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAD9,
    0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004,
    0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D,
    0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0,
    0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF,
    0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4,
    0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5,
    0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C,
    0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x3FFFD,
  };

  private DisplayWidth() {}

  /** The columns text takes on a terminal. */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i = clusterEnd(text, i)) {
      width += clusterWidth(text, i);
    }
    return width;
  }

  /** The columns one code point takes, on its own. */
  public static int of(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7f) {
      return 1;
    }
    if (zeroWidth(codePoint)) {
      return 0;
    }
    return wide(codePoint) ? 2 : 1;
  }

  /** Text and spaces after it to fill this many columns. */
  public static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** Spaces and the text after them to fill this many columns. */
  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }

  /**
   * The text as it is if it fits in this many columns, else as much of it as fits with the ellipsis
   * after it; a wide character that would straddle the edge is left out whole, so the result may be
   * a column narrower.
   */
  public static String truncate(String text, int width, String ellipsis) {
    if (of(text) <= width) {
      return text;
    }
    int room = width - of(ellipsis);
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int w = clusterWidth(text, end);
      if (used + w > room) {
        break;
      }
      used += w;
      end = clusterEnd(text, end);
    }
    return room < 0 ? "" : text.substring(0, end) + ellipsis;
  }

  /** Where the character at {@code start} ends with the marks and joiners that follow it. */
  private static int clusterEnd(String text, int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    while (end < text.length() && zeroWidth(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end;
  }

  /** A narrow character followed by U+FE0F is drawn as an emoji, two columns (e.g. ❤️). */
  private static int clusterWidth(String text, int start) {
    int width = of(text.codePointAt(start));
    int end = clusterEnd(text, start);
    int variation = text.indexOf(VARIATION_EMOJI, start + 1);
    return width == 1 && variation >= 0 && variation < end ? 2 : width;
  }

  private static boolean zeroWidth(int codePoint) {
    if (codePoint == 0xAD) {
      return false; // the soft hyphen is drawn, as by glibc's wcwidth
    }
    if ((codePoint >= 0x1160 && codePoint <= 0x11FF)
        || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF)) {
      return true; // Hangul vowels and final consonants join the syllable before them
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }

  private static boolean wide(int codePoint) {
    if (codePoint < WIDE[0]) {
      return false;
    }
    int at = Arrays.binarySearch(WIDE, codePoint);
    // found: a run's first or last; else inside a run when the insertion point is odd
    return at >= 0 || (-at - 1) % 2 == 1;
  }
}
