package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceLayoutTest {
  private static Choice choice(String id, String name) {
    return new Choice(id, List.of(id, name, "running"));
  }

  @Test
  void columnsAreAsWideAsTheirWidestCellInTerminalColumns() {
    List<Choice> choices = List.of(choice("sbx_1", "训练-🔥"), choice("sbx_22", "ab"));
    ChoiceLayout layout = new ChoiceLayout(choices);
    assertThat(layout.line(choices.get(0))).isEqualTo("sbx_1   训练-🔥  running");
    assertThat(layout.line(choices.get(1))).isEqualTo("sbx_22  ab       running");
  }

  @Test
  void aVeryLongCellIsCutAtItsColumnSoTheNextStillLinesUp() {
    List<Choice> choices = List.of(choice("a", "训".repeat(30)), choice("b", "x"));
    ChoiceLayout layout = new ChoiceLayout(choices);
    // 40 columns: 19 of 训 and the ellipsis take 39, one space pads
    assertThat(layout.line(choices.get(0))).isEqualTo("a  " + "训".repeat(19) + "…   running");
    assertThat(layout.line(choices.get(1))).isEqualTo("b  x" + " ".repeat(41) + "running");
  }

  @Test
  void fittingToTheTerminalLeavesItsLastColumnFreeAndKeepsCharactersWhole() {
    assertThat(ChoiceLayout.fit("abc", 4)).isEqualTo("abc");
    assertThat(ChoiceLayout.fit("abcd", 4)).isEqualTo("ab…");
    assertThat(ChoiceLayout.fit("a🔥b", 4)).isEqualTo("a…");
  }
}
