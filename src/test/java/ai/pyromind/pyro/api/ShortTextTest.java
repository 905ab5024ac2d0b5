package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {
  @Test
  void aCutNeverSplitsACharacterOutsideTheBmp() {
    String fire = "🔥"; // two chars
    assertThat(ShortText.head("ab" + fire + "cd", 3)).isEqualTo("ab");
    assertThat(ShortText.head("ab" + fire + "cd", 4)).isEqualTo("ab" + fire);
    assertThat(ShortText.head("abc", 5)).isEqualTo("abc");
    assertThat(ShortText.head("abcdef", 3)).isEqualTo("abc");
    String cut = ShortText.head("x".repeat(79) + fire, 80);
    assertThat(cut).hasSize(79).doesNotContain("\uD83D");
  }
}
