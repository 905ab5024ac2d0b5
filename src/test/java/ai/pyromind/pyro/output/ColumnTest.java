package ai.pyromind.pyro.output;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import org.junit.jupiter.api.Test;

class ColumnTest {
  @Test
  void cellsShowNumbersAsWrittenAlsoInsideContainers() throws Exception {
    assertThat(Column.text(Json.parse("0.0003"))).isEqualTo("0.0003");
    assertThat(Column.text(Json.parse("1e-07"))).isEqualTo("1e-07");
    assertThat(Column.text(Json.parse("{\"lr\":0.0003,\"eps\":[1e-07]}")))
        .isEqualTo("{\"lr\":0.0003,\"eps\":[1e-07]}");
  }
}
