package ai.pyromind.pyro.cli.hostile;

import static ai.pyromind.pyro.testing.HostileServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.HostileServer;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What pyro refuses to send: bad tokens, unsafe ids, plain http, unknown profiles, huge input. */
@Timeout(60)
class RequestGuardsTest {
  static final String TOKEN = "pm_test_0123456789abcdef";
  @TempDir Path home;
  private HostileServer server;

  @BeforeEach
  void start() {
    server = HostileServer.always(ok(Fixtures.SANDBOX_DETAIL));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PyroRun pyro() {
    return new PyroRun(home).env("PYRO_API_URL", server.url()).env("PYRO_TOKEN", TOKEN);
  }

  private void config(String yaml) throws Exception {
    Files.writeString(home.resolve("config.yaml"), yaml);
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"), PosixFilePermissions.fromString("rw-------"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pm_secret_token\u00a0", "pm_secret\ntoken", "pm_secret_t\u00f6ken"})
  void aTokenWithABadCharacterInPyroTokenIsRefusedWithoutShowingIt(String token) {
    PyroRun.Result r = pyro().env("PYRO_TOKEN", token).run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: the token in PYRO_TOKEN has a character not allowed");
    assertThat(r.err()).doesNotContain("secret").hasLineCount(1);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aTokenWithABadCharacterInTheConfigNamesTheProfile() throws Exception {
    config("profiles:\n  default:\n    token: \"pm_secret\\u0007x\"\n");
    PyroRun.Result r = pyro().env("PYRO_TOKEN", null).run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: the token in profile default has a character not allowed in a token"
                + " (U+0007 at position 10); set it again with `pyro auth login`\n");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aTokenWithABadCharacterOnStdinIsNotSavedOrSent() {
    PyroRun.Result r =
        pyro()
            .env("PYRO_TOKEN", null)
            .stdin("pm_secret\u00a0\n")
            .run("auth", "login", "--with-token");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: the token on stdin has a character not allowed in a token (U+00A0 at"
                + " position 10)\n");
    assertThat(server.requests()).isEmpty();
    assertThat(home.resolve("config.yaml")).doesNotExist();
  }

  @Test
  void aTokenWithABadCharacterAtThePromptIsNotSavedOrSent() {
    PyroRun.Result r =
        pyro().env("PYRO_TOKEN", null).terminal().answer("pm_\u200bsecret").run("auth", "login");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: the token typed at the prompt has a character");
    assertThat(r.err()).doesNotContain("secret");
    assertThat(server.requests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "a/b", "a?b", "a#b", "a%2Fb", "a\\b", "a b", "a\tb"})
  void anIdThatIsNotASafePathSegmentIsRefused(String id) {
    // sandbox names keep a rule (letters, digits, - and _), so none of these can be one
    PyroRun.Result r = pyro().run("sandbox", "delete", id, "--yes");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: invalid id '").hasLineCount(1);
    assertThat(r.out()).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "a\u0007b", "a\u001b[2Jb"})
  void whatCanBeNeitherAnIdNorANameIsRefusedForEveryKind(String id) {
    PyroRun.Result get = pyro().run("train", "get", id);
    assertThat(get.code()).as(get.toString()).isEqualTo(2);
    assertThat(get.err()).startsWith("error: invalid id '").hasLineCount(1);
    assertThat(get.out()).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void plainHttpToAnotherHostIsRefused() {
    PyroRun.Result r =
        pyro().env("PYRO_API_URL", "http://api.example.com").run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: refusing to send the token in clear text to http://api.example.com: use"
                + " https, or pass --allow-insecure-http (config key allow_insecure_http)\n");
  }

  @Test
  void plainHttpToAnotherHostGoesOutWhenAllowed() throws Exception {
    PyroRun proxied =
        pyro().env("PYRO_API_URL", "http://api.example.com").env("HTTP_PROXY", server.url());
    PyroRun.Result r = proxied.run("--allow-insecure-http", "sandbox", "get", "sbx_1", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(server.requests().get(0).target())
        .isEqualTo("http://api.example.com/api/v1/sandboxes/sbx_1");
    config("profiles:\n  default:\n    allow_insecure_http: true\n");
    assertThat(proxied.run("sandbox", "get", "sbx_1").code()).isZero();
    assertThat(server.requests()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://localhost:1", "http://127.0.0.2:1", "http://[::1]:1", "http://0.0.0.0:1"})
  void plainHttpToLoopbackIsAllowed(String url) {
    PyroRun.Result r = pyro().env("PYRO_API_URL", url).run("sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(6);
  }

  @Test
  void anUnknownProfileIsRefusedBeforeAnythingIsSent() throws Exception {
    config("profiles:\n  default:\n    token: a\n  staging:\n    token: b\n");
    PyroRun.Result r = pyro().run("-p", "stagign", "sandbox", "get", "sbx_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: no profile 'stagign' (known: default, staging); create it with `pyro -p"
                + " stagign auth login`\n");
    PyroRun.Result env = pyro().env("PYRO_PROFILE", "stagign").run("sandbox", "list");
    assertThat(env.code()).isEqualTo(2);
    assertThat(env.err()).startsWith("error: no profile 'stagign' (known: default, staging)");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aNewProfileCanStillBeCreatedByLogin() {
    PyroRun.Result r =
        pyro()
            .env("PYRO_TOKEN", null)
            .stdin(TOKEN + "\n")
            .run("-p", "ci", "auth", "login", "--with-token");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void bodyInputLargerThan16MbIsRefusedInOneLine() {
    String huge = "y\n".repeat(9 << 20);
    PyroRun.Result r = pyro().stdin(huge).run("sandbox", "create", "-f", "-", "--dry-run");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: stdin is larger than 16 MB\n");
  }

  @Test
  void aHugeConfigFileIsRefusedQuickly() throws Exception {
    config("profiles:\n  default:\n    x: \"" + "a".repeat(10 << 20) + "\"\n");
    long start = System.nanoTime();
    PyroRun.Result r = pyro().run("sandbox", "get", "sbx_1");
    assertThat(System.nanoTime() - start).isLessThan(3_000_000_000L);
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: config file " + home.resolve("config.yaml") + " is larger than 1 MB\n");
  }

  @Test
  void aDryRunNeedsNoTokenAndNoServer() {
    PyroRun.Result r =
        new PyroRun(home)
            .env("PYRO_API_URL", "https://api.example.com")
            .run(
                "sandbox",
                "create",
                "box",
                "--type",
                "cpu-sandbox",
                "--cpu",
                "1",
                "--memory",
                "2",
                "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith("curl -X POST 'https://api.example.com/api/v1/sandboxes'")
        .contains("Bearer $PYRO_TOKEN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1", "/api/v1/", "/api/v1//"})
  void anApiUrlEndingInTheApiPrefixIsAccepted(String suffix) {
    PyroRun.Result r =
        pyro()
            .env("PYRO_API_URL", server.url() + suffix)
            .run("sandbox", "get", "sbx_1", "-o", "id");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(server.requests().get(0).target()).isEqualTo("/api/v1/sandboxes/sbx_1");
  }

  @Test
  void credentialsInTheApiUrlAreRefusedWithoutBeingShown() {
    PyroRun.Result r =
        pyro().env("PYRO_API_URL", "https://user:hunter2@127.0.0.1:1").run("sandbox", "get", "x");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: the API URL holds a user name or password (USER:PASSWORD@): pyro signs in"
                + " with a token, take them out\n");
    PyroRun.Result bad =
        pyro().env("PYRO_API_URL", "ftp://user:hunter2@x").run("sandbox", "get", "x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo("error: invalid API URL 'ftp://***@x' (expected http(s)://HOST[:PORT])\n");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aProxyUrlWithAPasswordIsNeverEchoed() {
    PyroRun.Result r =
        pyro().env("HTTPS_PROXY", "http://user:hun ter2@proxy:3128").run("sandbox", "get", "x");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: invalid proxy URL 'http://***@proxy:3128' in HTTPS_PROXY/HTTP_PROXY\n");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aTokenLineLongerThan64KbOnStdinIsRefused() {
    PyroRun.Result r =
        pyro()
            .env("PYRO_TOKEN", null)
            .stdin("x".repeat(20 << 20))
            .run("auth", "login", "--with-token");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: the token on stdin is longer than 64 KB\n");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void authStatusChecksTheProfileAndTheTokenToo() throws Exception {
    config("profiles:\n  default:\n    token: a\n");
    PyroRun.Result typo = pyro().run("-p", "stagign", "auth", "status");
    assertThat(typo.code()).as(typo.toString()).isEqualTo(2);
    assertThat(typo.err()).startsWith("error: no profile 'stagign' (known: default)");
    PyroRun.Result badToken = pyro().env("PYRO_TOKEN", "pm_secret\u00a0").run("auth", "status");
    assertThat(badToken.code()).as(badToken.toString()).isEqualTo(2);
    assertThat(badToken.err())
        .isEqualTo(
            "error: the token in PYRO_TOKEN has a character not allowed in a token (U+00A0 at"
                + " position 10)\n");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void anInstanceDryRunNeedsNoTokenEither() {
    PyroRun.Result r =
        new PyroRun(home)
            .env("PYRO_API_URL", "https://api.example.com/api/v1/")
            .run(
                "instance",
                "create",
                "lab",
                "--resource-type",
                "cpu",
                "--cpu",
                "4",
                "--memory",
                "16",
                "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("curl -X POST 'https://api.example.com/api/v1/instances'");
  }
}
