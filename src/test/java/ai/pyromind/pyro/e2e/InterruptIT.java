package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real SIGINT while pyro waits for an answer (a list, not a follow): exit 130 in every format;
 * with JSON errors stderr holds the one error object, as text nothing (as gh and kubectl).
 */
class InterruptIT {
  @TempDir Path home;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-o json | {\"error\":{\"message\":\"interrupted\",\"http_status\":null,"
            + "\"exit_code\":130,\"resource\":\"sandbox\"}}",
        "--error-format json | {\"error\":{\"message\":\"interrupted\",\"http_status\":null,"
            + "\"exit_code\":130,\"resource\":\"sandbox\"}}",
        "-o table | ''",
      },
      quoteCharacter = '\'')
  void ctrlCDuringARequestEndsAs130WithTheErrorOfTheFormat(String format, String expected)
      throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/sandboxes",
        exchange -> {
          asked.countDown();
          try {
            release.await(60, TimeUnit.SECONDS); // never answers while pyro runs
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.start();
    try {
      String[] words = format.trim().split(" ");
      ProcessBuilder builder =
          new ProcessBuilder(
                  PyroProcess.BINARY.toString(),
                  "--api-url",
                  "http://127.0.0.1:" + server.getAddress().getPort(),
                  "sandbox",
                  "list",
                  words[0],
                  words[1])
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(home.resolve("out.txt").toFile())
              .redirectError(home.resolve("err.txt").toFile());
      builder.environment().clear();
      builder.environment().put("PATH", System.getenv("PATH"));
      builder.environment().put("HOME", home.toString());
      builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
      builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
      builder.environment().put("PYRO_TOKEN", "pm_test");
      if (System.getenv("JAVA_HOME") != null) {
        builder.environment().put("JAVA_HOME", System.getenv("JAVA_HOME"));
      }
      Process pyro = builder.start();
      assertThat(asked.await(60, TimeUnit.SECONDS)).as("pyro sent its request").isTrue();
      new ProcessBuilder("kill", "-INT", Long.toString(pyro.pid())).start().waitFor();
      assertThat(pyro.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(pyro.exitValue()).isEqualTo(130);
      assertThat(Files.readString(home.resolve("out.txt"))).isEmpty();
      assertThat(Files.readString(home.resolve("err.txt")))
          .isEqualTo(expected.isEmpty() ? "" : expected + "\n");
    } finally {
      release.countDown();
      server.stop(0);
    }
  }
}
