package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {
  @Test
  void aChildGetsTheUsersEnvironmentWithoutPyroSecrets() {
    Env env =
        new Env(
            Map.of(
                "PYRO_TOKEN", "pm_1",
                "PYRO_EMULATOR_TOKEN", "pm_2",
                "PYRO_CA_KEY_PASSWORD", "x",
                "PYRO_CONFIG", "/c.yaml",
                "DISPLAY", ":0",
                "GITHUB_TOKEN", "mine"),
            new ByteArrayInputStream(new byte[0]),
            false,
            false,
            false,
            java.time.Instant::now,
            () -> 80,
            null);
    ProcessBuilder builder = new ProcessBuilder("true");
    builder.environment().put("INHERITED_FROM_THE_JVM", "1");
    Map<String, String> child = ChildEnvironment.apply(builder, env).environment();
    assertThat(child)
        .containsOnly(
            Map.entry("PYRO_CONFIG", "/c.yaml"),
            Map.entry("DISPLAY", ":0"),
            Map.entry("GITHUB_TOKEN", "mine"));
  }
}
