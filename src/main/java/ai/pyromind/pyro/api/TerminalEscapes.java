package ai.pyromind.pyro.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for a terminal: besides what JSON must escape, DEL, the C1 controls and the bidi
 * controls become {@code \\uXXXX}. The text means the same to a JSON reader; only a terminal sees a
 * difference, and that is the point.
 */
final class TerminalEscapes extends CharacterEscapes {
  private static final TerminalEscapes INSTANCE = new TerminalEscapes();
  private final int[] ascii = standardAsciiEscapesForJSON();

  private TerminalEscapes() {
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  static JsonGenerator apply(JsonGenerator g) {
    return g.setCharacterEscapes(INSTANCE);
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return ch <= 0xffff && ControlChars.unsafe((char) ch)
        ? new SerializedString(String.format("\\u%04X", ch))
        : null;
  }
}
