package ai.pyromind.pyro.cli.instance;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code instance open} against a hostile server, on a machine shared with other users. */
class InstanceOpenLocalTest extends CommandTest {
  private void stubAccessUrl(String url) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances/jp_1/access-token"))
            .willReturn(
                okJson(
                    envelope(
                        200, "ok", "{\"instance_id\":\"jp_1\",\"access_url\":\"" + url + "\"}"))));
  }

  /** A browser that records its environment and visits the page's one-time address. */
  private Path fakeBrowser() throws Exception {
    Path browser = home.resolve("fake-browser");
    Files.writeString(
        browser,
        "#!/bin/sh\nenv > '"
            + home.resolve("env")
            + "'\npage=${1#file://}\n"
            + "url=$(sed -n 's/.*http-equiv=\"refresh\" content=\"0; url=\\([^\"]*\\)\".*/\\1/p'"
            + " \"$page\")\ncurl -s -o /dev/null \"$url\"\n");
    Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
    return browser;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "file:///etc/passwd",
        "-new-instance",
        "",
        "vnc://host?token=secret",
        "https:///no-host"
      })
  void anAccessUrlThatIsNotAWebAddressIsNeverOpened(String url) throws Exception {
    stubAccessUrl(url);
    Path browser = fakeBrowser();
    PyroRun.Result r =
        pyro()
            .env("BROWSER", browser.toString())
            .env("PATH", "/usr/bin:/bin")
            .run("instance", "open", "jp_1");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("error: refusing to open the access URL: the server sent '")
        .endsWith("', not an http(s) address\n")
        .hasLineCount(1)
        .doesNotContain("secret");
    assertThat(home.resolve("env")).doesNotExist();
  }

  @Test
  void theBrowserGetsNoPyroSecretInItsEnvironment() throws Exception {
    stubAccessUrl("https://instances.pyromind.ai/jp_1?token=abc");
    Path browser = fakeBrowser();
    PyroRun.Result r =
        pyro()
            .env("BROWSER", browser.toString())
            .env("PATH", "/usr/bin:/bin")
            .env("PYRO_EMULATOR_TOKEN", "pm_local_secret")
            .run("instance", "open", "jp_1");
    assertThat(r.code()).as(r.toString()).isZero();
    String env = Files.readString(home.resolve("env"));
    assertThat(env).doesNotContain(TOKEN).doesNotContain("pm_local_secret").contains("PATH=");
  }
}
