package ai.pyromind.pyro.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitizerTest {
  @Test
  void everyC0AndC1ControlAndDelIsNeutralised() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    all.append((char) 0x7f);
    for (char c = 0x80; c <= 0x9f; c++) {
      all.append(c);
    }
    String clean = Sanitizer.line(all.toString());
    clean
        .chars()
        .forEach(
            c ->
                assertThat(c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
                    .as("char %x", c)
                    .isFalse());
  }

  @Test
  void csiOscAndDcsBecomeVisibleText() {
    assertThat(Sanitizer.line("a\u001b[31mred\u001b[0m")).isEqualTo("a^[[31mred^[[0m");
    assertThat(Sanitizer.line("\u001b]0;title\u0007")).isEqualTo("^[]0;title^G");
    assertThat(Sanitizer.line("\u001b]8;;http://x\u001b\\link"))
        .isEqualTo("^[]8;;http://x^[\\link");
    assertThat(Sanitizer.line("\u001bPq#0\u001b\\")).isEqualTo("^[Pq#0^[\\");
    assertThat(Sanitizer.line("\u009b2J")).isEqualTo("\\u009b2J");
    assertThat(Sanitizer.line("x\u202eevil")).isEqualTo("x\\u202eevil");
  }

  @Test
  void bidiControlsAndLineSeparatorsBecomeVisibleText() {
    String all =
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029";
    assertThat(Sanitizer.line("a" + all + "b"))
        .isEqualTo(
            "a\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069"
                + "\\u200e\\u200f\\u061c\\u2028\\u2029b");
    assertThat(Sanitizer.block("x\u2067y\nz")).isEqualTo("x\\u2067y\nz");
  }

  @Test
  void linesLoseNewlinesAndTabsBlocksKeepNewlines() {
    assertThat(Sanitizer.line("a\nb\tc\rd")).isEqualTo("a^Jb c^Md");
    assertThat(Sanitizer.block("a\nb\u001b")).isEqualTo("a\nb^[");
  }

  @Test
  void plainTextIsUntouched() {
    String text = "GPU-Sandbox-001 ✓ ünïcödé 漢字";
    assertThat(Sanitizer.line(text)).isSameAs(text);
  }
}
