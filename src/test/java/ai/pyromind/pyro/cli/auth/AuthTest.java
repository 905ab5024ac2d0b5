package ai.pyromind.pyro.cli.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AuthTest extends CommandTest {
  private static final String NEW_TOKEN = "pm_new_token_abcdefghijkl";

  private Path config() {
    return home.resolve("config.yaml");
  }

  private PyroRun loggedOut() {
    return new PyroRun(home).env("PYRO_API_URL", wm.baseUrl());
  }

  private void stubCheck(String token, int status) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("1"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                status == 200
                    ? okJson(Fixtures.sandboxPage(0, 1, 1))
                    : aResponse()
                        .withStatus(status)
                        .withBody(envelope(status, "invalid token", "null"))));
  }

  @Test
  void loginWithTokenChecksItThenSavesIt() throws Exception {
    stubCheck(NEW_TOKEN, 200);
    PyroRun.Result r = loggedOut().stdin(NEW_TOKEN + "\n").run("auth", "login", "--with-token");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("✓ logged in to " + wm.baseUrl() + " (profile default)\n");
    String saved = Files.readString(config());
    assertThat(saved)
        .contains("token: " + NEW_TOKEN)
        .contains("api_url: " + wm.baseUrl())
        .contains("current_profile: default");
  }

  @Test
  void aRefusedTokenIsExit5AndNothingIsSaved() {
    stubCheck(NEW_TOKEN, 401);
    PyroRun.Result r = loggedOut().stdin(NEW_TOKEN).run("auth", "login", "--with-token");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err())
        .isEqualTo(
            "error: " + wm.baseUrl() + " refused the token: invalid token; nothing was saved\n");
    assertThat(config()).doesNotExist();
  }

  @Test
  void loginPromptsOnATerminalWithAMaskedPrompt() throws Exception {
    stubCheck(NEW_TOKEN, 200);
    PyroRun run = loggedOut().terminal().answer(NEW_TOKEN);
    PyroRun.Result r = run.run("-p", "work", "auth", "login");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(run.prompts()).containsExactly("Paste your PyroMind token: ");
    assertThat(Files.readString(config())).contains("work:").contains("token: " + NEW_TOKEN);
  }

  @Test
  void loginWithoutATerminalOrWithTokenIsAUsageError() {
    PyroRun.Result r = loggedOut().run("auth", "login");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: no terminal to prompt on: pipe the token in with --with-token\n");
    assertThat(loggedOut().stdin("\n").run("auth", "login", "--with-token").err())
        .isEqualTo("error: no token given\n");
  }

  @Test
  void statusReportsSourceMaskedTokenAndValidity() {
    stubCheck(NEW_TOKEN, 200);
    loggedOut().stdin(NEW_TOKEN).run("auth", "login", "--with-token");
    PyroRun.Result r = loggedOut().run("auth", "status");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "profile:  default\napi url:  "
                + wm.baseUrl()
                + " (PYRO_API_URL)\n"
                + "token:    pm_n…*** (profile default)\nstatus:   valid\n");
    assertThat(r.out()).doesNotContain(NEW_TOKEN);
  }

  @Test
  void statusOfARefusedTokenIsExit5() {
    stubCheck(TOKEN, 401);
    PyroRun.Result r = pyro().run("auth", "status", "-o", "json");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out())
        .contains("\"token_source\": \"PYRO_TOKEN\"")
        .contains("\"state\": \"refused: invalid token (HTTP 401)\"")
        .doesNotContain(TOKEN);
  }

  @Test
  void statusWithoutATokenIsExit5() {
    PyroRun.Result r = loggedOut().run("auth", "status");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out()).contains("token:    none").contains("status:   not logged in");
  }

  @Test
  void tokenPrintsTheTokenInUse() {
    assertThat(pyro().run("auth", "token").assertSucceeded().out()).isEqualTo(TOKEN + "\n");
    PyroRun.Result none = loggedOut().run("auth", "token");
    assertThat(none.code()).isEqualTo(5);
  }

  @Test
  void logoutForgetsTheToken() throws Exception {
    stubCheck(NEW_TOKEN, 200);
    loggedOut().stdin(NEW_TOKEN).run("auth", "login", "--with-token");
    PyroRun.Result r = loggedOut().run("auth", "logout");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("✓ logged out (profile default)\n");
    assertThat(Files.readString(config())).doesNotContain(NEW_TOKEN);
    assertThat(loggedOut().run("sandbox", "list").code()).isEqualTo(5);
  }
}
