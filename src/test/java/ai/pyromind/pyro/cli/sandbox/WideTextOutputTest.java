package ai.pyromind.pyro.cli.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

/**
 * Names with CJK, emoji and combining marks line up on a terminal: cells are measured in the
 * columns a terminal draws them in (two for 训 and 🔥, none for a combining accent), not in
 * characters, and cut between characters. So do the keys of a detail view.
 */
class WideTextOutputTest extends CommandTest {
  private static String box(String id, String name) {
    return "{\"sandbox_id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"status\":\"running\",\"sandbox_type\":\"gpu-sandbox\","
        + "\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":2},"
        + "\"screen_resolution\":{\"width\":1920,\"height\":1080}}";
  }

  private void stubList() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(
                        3,
                        1,
                        20,
                        box("sbx_1", "训练-🔥"),
                        box("sbx_2", "cafe\u0301-box"),
                        box("sbx_3", "plain-box")))));
  }

  private PyroRun onTerminal() {
    return pyro().terminal().env("NO_COLOR", "1");
  }

  @Test
  void tableAlignsCjkEmojiAndCombiningMarksByTerminalColumns() {
    stubList();
    PyroRun.Result r = onTerminal().run("sandbox", "list");
    r.assertSucceeded();
    assertThat(r.out())
        .isEqualTo(
            """
            ID     NAME       STATUS   TYPE         CPU  MEM  GPU  AGE  EXPIRES
            sbx_1  训练-🔥    running  gpu-sandbox    8   32    2  -    -
            sbx_2  café-box   running  gpu-sandbox    8   32    2  -    -
            sbx_3  plain-box  running  gpu-sandbox    8   32    2  -    -
            """
                .replace("café", "cafe\u0301"));
  }

  @Test
  void wideAlignsTheSameWay() {
    stubList();
    PyroRun.Result r = onTerminal().run("sandbox", "list", "-o", "wide");
    r.assertSucceeded();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "ID     NAME       STATUS   TYPE         CPU  MEM  GPU  AGE  EXPIRES  RESOLUTION  VNC",
            "sbx_1  训练-🔥    running  gpu-sandbox    8   32    2  -    -        1920x1080",
            "sbx_2  cafe\u0301-box   running  gpu-sandbox    8   32    2  -    -        1920x1080",
            "sbx_3  plain-box  running  gpu-sandbox    8   32    2  -    -        1920x1080");
  }

  @Test
  void customColumnsAlignWideCellsAndWideHeaders() {
    stubList();
    PyroRun.Result r =
        onTerminal().run("sandbox", "list", "-o", "custom-columns=名前:.name,ID:.sandbox_id");
    r.assertSucceeded();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "名前       ID", //
            "训练-🔥    sbx_1",
            "cafe\u0301-box   sbx_2",
            "plain-box  sbx_3");
  }

  @Test
  void aCellTooWideForTheTerminalIsCutBetweenCharactersAndStillAligned() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(
                    Fixtures.sandboxPage(
                        2,
                        1,
                        20,
                        box("sbx_1", "训练训练训练训练训练训练训练训练训练训练"),
                        box("sbx_2", "ab🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥")))));
    PyroRun.Result r = onTerminal().width(70).run("sandbox", "list");
    r.assertSucceeded();
    // NAME narrowed to 12 columns: 训 would straddle its edge, so it is left out whole
    assertThat(r.out().lines().toList())
        .containsExactly(
            "ID     NAME          STATUS   TYPE         CPU  MEM  GPU  AGE  EXPIRES",
            "sbx_1  训练训练训…   running  gpu-sandbox    8   32    2  -    -",
            "sbx_2  ab🔥🔥🔥🔥…   running  gpu-sandbox    8   32    2  -    -");
  }

  @Test
  void detailAlignsValuesAfterKeysWithWideCharacters() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"sandbox_id\":\"sbx_1\",\"name\":\"训练-🔥\","
                            + "\"labels\":{\"团队\":\"rl\",\"owner\":\"ann\",\"e\u0301tat\":\"ok\"}}"))));
    PyroRun.Result r = onTerminal().run("sandbox", "get", "sbx_1");
    r.assertSucceeded();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "sandbox_id: sbx_1",
            "name:       训练-🔥",
            "labels:",
            "  团队:  rl",
            "  owner: ann",
            "  e\u0301tat:  ok");
  }
}
