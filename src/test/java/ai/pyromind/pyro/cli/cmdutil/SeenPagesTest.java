package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SeenPagesTest {
  private static JsonNode items(String json) throws Exception {
    return Json.parse(json);
  }

  @Test
  void aPageWithTheItemsOfAnEarlierOneIsNamedByThatOnesNumber() throws Exception {
    SeenPages seen = new SeenPages();
    assertThat(seen.add(items("[{\"id\":1}]"), 1)).isNull();
    assertThat(seen.add(items("[{\"id\":1}]"), 2)).isEqualTo(1);

    SeenPages later = new SeenPages();
    assertThat(later.add(items("[{\"id\":1}]"), 1)).isNull();
    assertThat(later.add(items("[{\"id\":2}]"), 2)).isNull();
    assertThat(later.add(items("[{\"id\":3}]"), 3)).isNull();
    assertThat(later.add(items("[{\"id\":2}]"), 4)).isEqualTo(2);
    assertThat(later.add(items("[{\"id\":1}]"), 5)).isEqualTo(1);
  }

  @Test
  void aListThatStartsAtALaterPageNamesThatPage() throws Exception {
    SeenPages seen = new SeenPages();
    assertThat(seen.add(items("[{\"id\":7}]"), 3)).isNull();
    assertThat(seen.add(items("[{\"id\":7}]"), 4)).isEqualTo(3);
  }
}
