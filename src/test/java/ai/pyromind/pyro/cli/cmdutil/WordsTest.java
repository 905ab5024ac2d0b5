package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.Articles;
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
    assertThat(Articles.article("instance")).isEqualTo("an");
    assertThat(Articles.article("sandbox")).isEqualTo("a");
    assertThat(Articles.article("user")).isEqualTo("a");
    assertThat(Articles.article("one-time")).isEqualTo("a");
    assertThat(Articles.article("hour")).isEqualTo("an");
    assertThat(Articles.article("HTML")).isEqualTo("an");
    assertThat(Articles.article("SSH")).isEqualTo("an");
    assertThat(Articles.article("JSON")).isEqualTo("a");
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
