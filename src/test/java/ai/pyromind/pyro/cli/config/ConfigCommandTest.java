package ai.pyromind.pyro.cli.config;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ConfigCommandTest extends CommandTest {
  private PyroRun plain() {
    return new PyroRun(home);
  }

  @Test
  void setGetUnset() {
    assertThat(plain().run("config", "set", "output", "json").err())
        .isEqualTo("✓ set output in profile default\n");
    assertThat(plain().run("config", "get", "output").assertSucceeded().out()).isEqualTo("json\n");
    assertThat(plain().run("config", "unset", "output").code()).isZero();
    PyroRun.Result unset = plain().run("config", "get", "output");
    assertThat(unset.code()).isEqualTo(1);
    assertThat(unset.err()).isEqualTo("error: output is not set in profile default\n");
  }

  @Test
  void badKeysAndValuesAreRefused() {
    assertThat(plain().run("config", "set", "token", "x").err())
        .isEqualTo("error: the token is not set here: run `pyro auth login`\n");
    assertThat(plain().run("config", "set", "colour", "x").err())
        .isEqualTo(
            "error: unknown key 'colour' (known: api_url, output, request_timeout, color, retries, allow_insecure_http, ca_file, max_response_mb)\n");
    assertThat(plain().run("config", "set", "output", "xml").code()).isEqualTo(2);
    assertThat(plain().run("config", "set", "api_url", "not a url").code()).isEqualTo(2);
    assertThat(plain().run("config", "set", "request_timeout", "forever").code()).isEqualTo(2);
    assertThat(plain().run("config", "set", "allow_insecure_http", "maybe").code()).isEqualTo(2);
    assertThat(plain().run("config", "set", "max_response_mb", "0").err())
        .isEqualTo(
            "error: invalid max_response_mb '0' (a whole number of megabytes from 1 to 4096)\n");
    assertThat(home.resolve("config.yaml")).doesNotExist();
  }

  @Test
  void useSwitchesTheCurrentProfile() throws Exception {
    plain().run("-p", "staging", "config", "set", "api_url", "https://staging.example");
    assertThat(plain().run("config", "use", "nope").err())
        .isEqualTo(
            "error: no profile 'nope' (known: staging); create it with `pyro -p nope auth login`\n");
    assertThat(plain().run("config", "use", "staging").code()).isZero();
    assertThat(Files.readString(home.resolve("config.yaml"))).contains("current_profile: staging");
    assertThat(plain().run("config", "get", "api_url").assertSucceeded().out())
        .isEqualTo("https://staging.example\n");
  }

  @Test
  void listShowsEveryProfileWithTokensMasked() throws Exception {
    Files.writeString(
        home.resolve("config.yaml"),
        "current_profile: local\nprofiles:\n  default:\n    api_url: https://pyromind.ai\n  local:\n    api_url: http://127.0.0.1:8080\n    token: secret-token-123456789\n");
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    PyroRun.Result r = plain().run("config", "list");
    r.assertSucceeded();
    assertThat(r.out())
        .isEqualTo(
            "CURRENT\tPROFILE\tKEY\tVALUE\n\tdefault\tapi_url\thttps://pyromind.ai\n"
                + "*\tlocal\tapi_url\thttp://127.0.0.1:8080\n*\tlocal\ttoken\tsecr…***\n");
    PyroRun.Result json = plain().run("config", "list", "-o", "json");
    json.assertSucceeded();
    assertThat(json.out())
        .contains("\"current_profile\": \"local\"")
        .doesNotContain("secret-token-123456789");
  }

  @Test
  void precedenceIsOptionThenEnvThenProfileThenDefault() throws Exception {
    Files.writeString(
        home.resolve("config.yaml"),
        "profiles:\n  default:\n    api_url: http://127.0.0.1:1\n    output: yaml\n    token: from-profile-token-xyz\n");
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .withHeader("Authorization", equalTo("Bearer env-token"))
            .willReturn(okJson(Fixtures.sandboxPage(1, 1, 20, Fixtures.SANDBOX_1))));
    // option --api-url beats the profile; env PYRO_TOKEN beats the profile's token; profile output
    // applies
    PyroRun.Result r =
        plain().env("PYRO_TOKEN", "env-token").run("sandbox", "list", "--api-url", wm.baseUrl());
    r.assertSucceeded();
    assertThat(r.out()).startsWith("- sandbox_id: sbx_123456789");
    // env PYRO_OUTPUT beats the profile, option -o beats env
    assertThat(
            plain()
                .env("PYRO_TOKEN", "env-token")
                .env("PYRO_API_URL", wm.baseUrl())
                .env("PYRO_OUTPUT", "id")
                .run("sandbox", "list")
                .out())
        .isEqualTo("sbx_123456789\n");
    assertThat(
            plain()
                .env("PYRO_TOKEN", "env-token")
                .env("PYRO_API_URL", wm.baseUrl())
                .env("PYRO_OUTPUT", "id")
                .run("sandbox", "list", "-o", "json")
                .out())
        .startsWith("[");
  }

  @Test
  void aConfigOrBodyFileThatDoesNotParseSaysOnWhichLine() throws Exception {
    Files.writeString(
        home.resolve("config.yaml"), "profiles:\n  default:\n    output: [json\n    retries: 3\n");
    PyroRun.Result config = plain().run("config", "list");
    assertThat(config.code()).as(config.toString()).isEqualTo(2);
    assertThat(config.err())
        .endsWith(
            "error: cannot read config file "
                + home.resolve("config.yaml")
                + ": while parsing a flow sequence: expected ',' or ']', but got :"
                + " (line 4, column 12)\n");

    Files.delete(home.resolve("config.yaml"));
    Files.writeString(home.resolve("body.json"), "{\"name\": \"x\",\n \"a\": [1, 2,\n \"b\": 3}\n");
    PyroRun.Result body =
        plain()
            .env("PYRO_TOKEN", "t")
            .run("train", "submit", "-f", home.resolve("body.json").toString(), "--dry-run");
    assertThat(body.code()).as(body.toString()).isEqualTo(2);
    assertThat(body.err())
        .endsWith(" was expecting comma to separate Array entries (line 3, column 5)\n");
  }

  @Test
  void versionNeedsNoConfigAndNoNetwork() {
    PyroRun.Result r = plain().env("PYRO_CONFIG", "/nonexistent/dir/config.yaml").run("version");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("pyro ").contains("runtime: JVM").contains("os/arch: ");
    assertThat(plain().run("--version").assertSucceeded().out()).startsWith("pyro ");
    assertThat(plain().run("--help").assertSucceeded().out())
        .contains("sandbox")
        .contains("Exit codes");
  }

  /** Commands that need no config work with one that does not parse; the others say why. */
  @Test
  void versionAndCompletionWorkWithAConfigThatDoesNotParse() throws Exception {
    java.nio.file.Path broken = home.resolve("broken.yaml");
    java.nio.file.Files.writeString(broken, "profiles: [\n");
    java.nio.file.Files.setPosixFilePermissions(
        broken, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    PyroRun.Result version = plain().env("PYRO_CONFIG", broken.toString()).run("version");
    assertThat(version.assertSucceeded().out()).startsWith("pyro ");
    PyroRun.Result completion =
        plain().env("PYRO_CONFIG", broken.toString()).run("completion", "bash");
    assertThat(completion.assertSucceeded().out()).contains("complete");
    PyroRun.Result list = plain().env("PYRO_CONFIG", broken.toString()).run("sandbox", "list");
    assertThat(list.code()).isEqualTo(2);
    assertThat(list.err()).startsWith("error: cannot read config file " + broken).hasLineCount(1);
  }

  /** A bad value says where it was set: the option, the environment, or the config key. */
  @Test
  void aBadRetriesOrColourNamesWhereItWasSet() throws Exception {
    plain()
        .env("PYRO_MAX_RETRIES", "-1")
        .env("PYRO_API_URL", "http://127.0.0.1:9")
        .env("PYRO_TOKEN", "t")
        .run("sandbox", "list")
        .assertEnded(
            2, "error: invalid retries '-1' in PYRO_MAX_RETRIES (a whole number from 0 to 100)\n");
    plain()
        .run("--color", "sometimes", "version")
        .assertEnded(
            2, "error: invalid color 'sometimes' in --color (allowed: auto, always, never)\n");
    java.nio.file.Path purple = home.resolve("purple.yaml");
    java.nio.file.Files.writeString(
        purple, "current_profile: default\nprofiles:\n  default:\n    color: purple\n");
    java.nio.file.Files.setPosixFilePermissions(
        purple, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    plain()
        .env("PYRO_CONFIG", purple.toString())
        .run("version")
        .assertEnded(
            2,
            "error: invalid color 'purple' in config key color of profile default"
                + " (allowed: auto, always, never)\n");
  }
}
