package ai.pyromind.pyro.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void asciiIsOneColumnACharacter() {
    assertThat(DisplayWidth.of("GPU-Sandbox-001")).isEqualTo(15);
    assertThat(DisplayWidth.of("")).isZero();
  }

  @Test
  void cjkFullwidthAndEmojiAreTwoColumns() {
    assertThat(DisplayWidth.of("训练-🔥")).isEqualTo(7);
    assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);
    assertThat(DisplayWidth.of("한국어")).isEqualTo(6);
    assertThat(DisplayWidth.of("⚡✅")).as("emoji in the BMP shown as emoji").isEqualTo(4);
    assertThat(DisplayWidth.of("𠀋")).as("CJK beyond the BMP").isEqualTo(2);
  }

  @Test
  void combiningMarksAndZeroWidthCharactersTakeNoColumn() {
    assertThat(DisplayWidth.of("e\u0301te\u0301")).isEqualTo(3);
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
    assertThat(DisplayWidth.of("\u1100\u1161")).as("a Hangul syllable in jamo").isEqualTo(2);
  }

  @Test
  void anEmojiVariationSelectorMakesANarrowSymbolTwoColumns() {
    assertThat(DisplayWidth.of("\u2764")).isEqualTo(1);
    assertThat(DisplayWidth.of("\u2764\uFE0F")).isEqualTo(2);
    assertThat(DisplayWidth.of("\u2764\uFE0E")).isEqualTo(1);
  }

  @Test
  void ambiguousAndLatinCharactersAreOneColumn() {
    assertThat(DisplayWidth.of("ü·é…─")).isEqualTo(5);
  }

  @Test
  void paddingFillsColumnsNotCharacters() {
    assertThat(DisplayWidth.padRight("训练", 6)).isEqualTo("训练  ");
    assertThat(DisplayWidth.padLeft("🔥", 4)).isEqualTo("  🔥");
    assertThat(DisplayWidth.padRight("too-long", 3)).isEqualTo("too-long");
  }

  @Test
  void truncationCutsBetweenCharactersNeverInsideOne() {
    assertThat(DisplayWidth.truncate("abcdef", 4, "…")).isEqualTo("abc…");
    assertThat(DisplayWidth.truncate("abc", 3, "…")).isEqualTo("abc");
    // "训" would straddle the edge: left out whole, the result a column narrower
    assertThat(DisplayWidth.truncate("a训练", 3, "…")).isEqualTo("a…");
    assertThat(DisplayWidth.truncate("训练-🔥🔥", 6, "…")).isEqualTo("训练-…");
    // no lone surrogate: the emoji is kept whole or left out whole
    assertThat(DisplayWidth.truncate("ab🔥cd", 4, "…")).isEqualTo("ab…");
    assertThat(DisplayWidth.truncate("ab🔥cd", 5, "…")).isEqualTo("ab🔥…");
    // a combining mark stays with its letter
    assertThat(DisplayWidth.truncate("e\u0301e\u0301e\u0301", 2, "…")).isEqualTo("e\u0301…");
  }

  @Test
  void truncatedTextNeverExceedsTheColumnsAsked() {
    String text = "训练-🔥e\u0301x\u2764\uFE0Fｚ𠀋end";
    for (int width = 1; width <= DisplayWidth.of(text); width++) {
      String cut = DisplayWidth.truncate(text, width, "…");
      assertThat(DisplayWidth.of(cut)).as(cut).isBetween(width - 1, width);
      assertThat(Character.isHighSurrogate(cut.charAt(Math.max(0, cut.length() - 2))))
          .as("ends in half a pair: " + cut)
          .isFalse();
    }
  }
}
