package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

/**
 * Instance passwords and access tokens stay out of traces; server text never drives the terminal.
 */
class SecretsAndControlTest extends CommandTest {
  private static final String EVIL =
      "\u001b]0;title\u0007\u001b[2J\u009b31m\u001bP1;2q\u001b\\\u0000\u007f";

  @Test
  void debugTracesHideInstancePasswordsAndAccessTokens() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201,
                            "ok",
                            "{\"instance_id\":\"jp_1\",\"status\":\"pending\",\"password\":\"Gen3rated-pw\"}"))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances/jp_1/access-token"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"instance_id\":\"jp_1\",\"access_token\":\"acc-tok-123\",\"access_url\":\"https://i.pyromind.ai/jp_1?token=acc-tok-123\"}"))));
    PyroRun.Result created =
        pyro()
            .stdin("Given-pw-456\n")
            .run(
                "instance",
                "create",
                "lab",
                "--resource-type",
                "cpu",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--password-stdin",
                "--debug",
                "-o",
                "id");
    assertThat(created.code()).as(created.toString()).isZero();
    assertThat(created.err())
        .contains("\"password\":\"***\"")
        .doesNotContain("Given-pw-456")
        .doesNotContain("Gen3rated-pw")
        .doesNotContain(TOKEN);
    PyroRun.Result token = pyro().run("instance", "token", "jp_1", "--debug", "-o", "id");
    assertThat(token.err())
        .contains("\"access_token\":\"***\"")
        .contains("token=***")
        .doesNotContain("acc-tok-123");
  }

  @Test
  void controlSequencesInADetailViewAreNeutralised() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/instances/jp_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"instance_id\":\"jp_1\",\"name\":\""
                            + json(EVIL)
                            + "\",\"logs\":\"line1\\n"
                            + json(EVIL)
                            + "\",\"tags\":[\""
                            + json(EVIL)
                            + "\"],\""
                            + json(EVIL)
                            + "\":1}"))));
    PyroRun.Result r = pyro().terminal().run("instance", "get", "jp_1", "--color", "never");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertNoControl(r.out().replace("\n", ""));
  }

  @Test
  void controlSequencesInWatchLinesAreNeutralised() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/training/jobs/train_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"status\":\"success\",\"progress\":100,\"metrics\":{\""
                            + json(EVIL)
                            + "\":1},\"logs\":[\""
                            + json(EVIL)
                            + "\"]}"))));
    PyroRun.Result r = pyro().run("train", "watch", "train_1", "--interval", "10ms");
    assertThat(r.err()).isEqualTo("✓ train_1 succeeded\n");
    assertThat(r.code()).isZero();
    assertNoControl(r.out().replace("\n", ""));
  }

  private static void assertNoControl(String text) {
    text.chars()
        .forEach(
            c ->
                assertThat(c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
                    .as("control char %x in %s", c, text)
                    .isFalse());
  }

  /** A string as JSON text inside quotes. */
  private static String json(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(
          c < 0x20 || c >= 0x7f && c <= 0x9f || c == '"' || c == '\\'
              ? String.format("\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return sb.toString();
  }
}
