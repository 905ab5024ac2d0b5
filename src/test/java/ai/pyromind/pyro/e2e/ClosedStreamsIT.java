package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyro started with stdin, stdout or stderr closed ({@code <&-}, {@code >&-}, {@code 2>&-}): the
 * launcher reopens the descriptor on /dev/null, so the JVM's first file (its modules image) never
 * takes its place, and a closed stdout fails at pyro's first write (exit 1), as CLI.md's "output is
 * never lost silently" asks.
 */
class ClosedStreamsIT {
  private static final String PENDING =
      "{\"code\":200,\"message\":\"success\",\"data\":{\"sandbox_id\":\"sbx_1\",\"name\":\"box\","
          + "\"status\":\"pending\"}}";

  @TempDir Path home;

  /**
   * A wait that never ends, started with descriptor {@code fd} closed: once it has polled, the
   * descriptor the JVM holds there is /dev/null (Linux: read through /proc).
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  @EnabledOnOs(OS.LINUX)
  void aClosedDescriptorIsDevNullInsidePyro(int fd) throws Exception {
    CountDownLatch polled = new CountDownLatch(1);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/sandboxes/sbx_1",
        exchange -> {
          byte[] body = PENDING.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
          polled.countDown();
        });
    server.start();
    Process process = null;
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      process =
          closing(
                  fd,
                  "--api-url",
                  url,
                  "sandbox",
                  "wait",
                  "sbx_1",
                  "--timeout",
                  "1h",
                  "--interval",
                  "1h")
              .start();
      assertThat(polled.await(60, TimeUnit.SECONDS)).as("pyro polled the server").isTrue();
      // the shell execs the launcher, which execs java: one process, one pid
      Path target = Files.readSymbolicLink(Path.of("/proc/" + process.pid() + "/fd/" + fd));
      assertThat(target.toString()).as("descriptor " + fd + " inside pyro").isEqualTo("/dev/null");
    } finally {
      if (process != null) {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
      }
      server.stop(0);
    }
  }

  @Test
  void aCommandWithOutputFailsWhenStdoutIsClosed() throws Exception {
    Result result = run(closing(1, "--version"));
    assertThat(result.code).as(result.err).isEqualTo(1);
    assertThat(result.err).isEqualTo("error: cannot write to stdout: it is closed\n");
  }

  @Test
  void aCommandWithNoOutputSucceedsWhenStdoutIsClosed() throws Exception {
    Result result = run(closing(1, "config", "set", "output", "json"));
    assertThat(result.code).as(result.err).isZero();
    assertThat(result.err).isEqualTo("✓ set output in profile default\n");
    assertThat(Files.readString(home.resolve("config.yaml"))).contains("output: json");
  }

  @Test
  void aClosedStdinReadsAsAnEmptyOne() throws Exception {
    Result result = run(closing(0, "sandbox", "create", "-f", "-", "--dry-run"));
    assertThat(result.code).isEqualTo(2);
    assertThat(result.err).isEqualTo("error: stdin is empty\n");
  }

  @Test
  void aClosedStderrKeepsTheExitCode() throws Exception {
    Result result = run(closing(2, "sandbox", "get", "sbx_1", "--api-url", "http://127.0.0.1:1"));
    assertThat(result.code).isEqualTo(6);
    assertThat(result.out).isEmpty();
  }

  /** pyro run by sh with descriptor {@code fd} closed; the other two go to files. */
  private ProcessBuilder closing(int fd, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("/bin/sh");
    command.add("-c");
    command.add("exec \"$0\" \"$@\" " + fd + ">&-");
    command.add(PyroProcess.BINARY.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().put("HOME", home.toString());
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
    builder.environment().put("PYRO_TOKEN", "pm_test");
    if (System.getenv("JAVA_HOME") != null) {
      builder.environment().put("JAVA_HOME", System.getenv("JAVA_HOME"));
    }
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.redirectOutput(home.resolve("out.txt").toFile());
    builder.redirectError(home.resolve("err.txt").toFile());
    return builder;
  }

  private record Result(int code, String out, String err) {}

  private Result run(ProcessBuilder builder) throws Exception {
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(home.resolve("out.txt")),
        Files.readString(home.resolve("err.txt")));
  }
}
