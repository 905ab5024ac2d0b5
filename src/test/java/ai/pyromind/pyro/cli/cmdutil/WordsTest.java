package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void pluralsFollowEnglishIncludingTheLastWordOfAPhrase() {
    assertThat(Words.plural("sandbox")).isEqualTo("sandboxes");
    assertThat(Words.plural("status")).isEqualTo("statuses");
    assertThat(Words.plural("batch")).isEqualTo("batches");
    assertThat(Words.plural("entry")).isEqualTo("entries");
    assertThat(Words.plural("key")).isEqualTo("keys");
    assertThat(Words.plural("child")).isEqualTo("children");
    assertThat(Words.plural("inference job")).isEqualTo("inference jobs");
    assertThat(Words.plural("instance")).isEqualTo("instances");
  }

  @Test
  void aCountOfOneIsSingularAndEveryOtherCountPlural() {
    assertThat(Words.count(1, "action")).isEqualTo("1 action");
    assertThat(Words.count(0, "action")).isEqualTo("0 actions");
    assertThat(Words.count(2, "sandbox")).isEqualTo("2 sandboxes");
  }

  @Test
  void theArticleFollowsTheFirstSound() {
    assertThat(Words.article("instance")).isEqualTo("an");
    assertThat(Words.article("sandbox")).isEqualTo("a");
    assertThat(Words.article("user")).isEqualTo("a");
    assertThat(Words.article("one-time")).isEqualTo("a");
    assertThat(Words.article("hour")).isEqualTo("an");
    assertThat(Words.article("HTML")).isEqualTo("an");
    assertThat(Words.article("SSH")).isEqualTo("an");
    assertThat(Words.article("JSON")).isEqualTo("a");
  }

  @Test
  void aStatusReadsAsWhatHappenedToTheResource() {
    assertThat(Words.state("success")).isEqualTo("succeeded");
    assertThat(Words.state("failed")).isEqualTo("failed");
    assertThat(Words.state("canceled")).isEqualTo("was canceled");
    assertThat(Words.state("deleted")).isEqualTo("was deleted");
    assertThat(Words.state("error")).isEqualTo("is in error");
    assertThat(Words.state("running")).isEqualTo("is running");
  }
}
