package ai.pyromind.pyro.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.HostileServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body under the size limit whose JSON tree is still bigger than the heap ({}, {}, ... makes an
 * object per three bytes): pyro in a small JVM says so in one line instead of dying with a trace.
 */
@Timeout(120)
class LowMemoryTest {
  @TempDir Path home;

  @Test
  void aTreeBiggerThanTheHeapIsResponseTooLarge() throws Exception {
    StringBuilder body = new StringBuilder("{\"code\":200,\"message\":\"ok\",\"data\":{\"x\":[{}");
    body.append(",{}".repeat(8 << 20)).append("]}}");
    try (HostileServer server =
        HostileServer.always(HostileServer.answer(200).body(body.toString()))) {
      ProcessBuilder java =
          new ProcessBuilder(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx160m",
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "ai.pyromind.pyro.Main",
                  "sandbox",
                  "get",
                  "sbx_1"));
      java.environment().put("PYRO_API_URL", server.url());
      java.environment().put("PYRO_TOKEN", "pm_test_0123456789abcdef");
      java.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
      java.environment().remove("PYRO_MAX_RESPONSE_MB");
      java.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process pyro = java.start();
      String err = new String(pyro.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(pyro.waitFor(100, TimeUnit.SECONDS)).isTrue();
      assertThat(pyro.exitValue()).as(err).isEqualTo(1);
      assertThat(err)
          .isEqualTo(
              "error: response too large: 24 MB of JSON from the server does not fit in memory"
                  + " (lower PYRO_MAX_RESPONSE_MB to refuse it sooner)\n");
    }
  }
}
