package ai.pyromind.pyro.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a profile name enters ({@code -p}, {@code --profile=}, {@code PYRO_PROFILE}, {@code
 * config use}) refuses one that is not a name, exit 2 in one line, before anything is written or
 * sent: an empty one would quietly mean the current profile.
 */
class ProfileNamesTest extends CommandTest {
  private static final String RULE =
      "a profile name is 1-128 letters, digits, '-', '_', '.' or ':', starting with a letter or"
          + " digit";
  private static final String CONFIG =
      "current_profile: default\nprofiles:\n  default:\n    api_url: https://pyromind.ai\n";

  private PyroRun plain() {
    return new PyroRun(home);
  }

  private void writeConfig() throws Exception {
    Files.writeString(home.resolve("config.yaml"), CONFIG);
    Files.setPosixFilePermissions(
        home.resolve("config.yaml"), PosixFilePermissions.fromString("rw-------"));
  }

  private String config() throws Exception {
    return Files.readString(home.resolve("config.yaml"));
  }

  @Test
  void anEmptyProfileOptionIsRefusedNotTakenForTheDefault() throws Exception {
    writeConfig();
    for (String[] line :
        new String[][] {
          {"config", "set", "-p", "", "output", "json"},
          {"--profile=", "config", "set", "output", "json"},
          {"-p", "", "auth", "login", "--with-token"},
          {"-p", "", "sandbox", "list"},
        }) {
      PyroRun.Result r = plain().stdin("pm_x\n").run(line);
      r.assertEnded(2, "error: empty profile name in -p/--profile: " + RULE + "\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(config()).isEqualTo(CONFIG);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void anEmptyPyroProfileIsRefusedWithTheWayOut() throws Exception {
    writeConfig();
    PyroRun.Result r = plain().env("PYRO_PROFILE", "").run("config", "set", "output", "json");
    r.assertEnded(
        2,
        "error: empty profile name in PYRO_PROFILE: "
            + RULE
            + " (unset PYRO_PROFILE to use the current profile)\n");
    assertThat(config()).isEqualTo(CONFIG);
    // -p wins over the environment, as everywhere
    plain()
        .env("PYRO_PROFILE", "")
        .run("-p", "default", "config", "set", "output", "json")
        .assertEnded(0, "✓ set output in profile default\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" ", " prod", "prod ", "a b", "a/b", "../x", "tab\there", "bell\u0007", "_x"})
  void aNameThatIsNotANameIsRefusedEverywhere(String name) throws Exception {
    writeConfig();
    String shown = name.replace("\t", " ").replace("\u0007", "^G");
    PyroRun.Result option = plain().run("--profile=" + name, "config", "set", "output", "json");
    option.assertEnded(
        2, "error: invalid profile name '" + shown + "' in -p/--profile: " + RULE + "\n");
    PyroRun.Result env = plain().env("PYRO_PROFILE", name).run("config", "set", "output", "json");
    env.assertEnded(
        2, "error: invalid profile name '" + shown + "' in PYRO_PROFILE: " + RULE + "\n");
    PyroRun.Result use = plain().run("config", "use", name);
    use.assertEnded(2, "error: invalid profile name '" + shown + "' in config use: " + RULE + "\n");
    assertThat(config()).isEqualTo(CONFIG);
  }

  @Test
  void configUseOfAnEmptyNameIsRefused() throws Exception {
    writeConfig();
    plain()
        .run("config", "use", "")
        .assertEnded(2, "error: empty profile name in config use: " + RULE + "\n");
    assertThat(config()).isEqualTo(CONFIG);
  }

  @Test
  void namesOfEveryAllowedShapeStillWork() throws Exception {
    for (String name : new String[] {"staging", "local-7976", "prod.eu_1", "a:b", "9"}) {
      plain()
          .run("-p", name, "config", "set", "output", "json")
          .assertEnded(0, "✓ set output in profile " + name + "\n");
      plain().run("config", "use", name).assertEnded(0, "✓ now using profile " + name + "\n");
    }
  }
}
