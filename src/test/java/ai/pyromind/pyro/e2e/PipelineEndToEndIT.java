package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built binary in a CI job's shell: pipes whose reader leaves, and no locale at all. */
class PipelineEndToEndIT {
  private static final String TOKEN = "pipeline-token";
  private static EmulatorServer emulator;
  @TempDir Path home;

  @BeforeAll
  static void startEmulator() throws Exception {
    emulator =
        EmulatorServer.start(new EmulatorConfig("127.0.0.1", 0, TOKEN, 20, null, Instant::now));
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private record Run(int code, String out, String err, Duration took) {}

  /** Runs a bash script with pyro on PATH and nothing else of this machine's environment. */
  private Run bash(String script, Path bin, String... env) throws Exception {
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", "-c", script)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().clear();
    builder.environment().put("PATH", bin + ":/usr/bin:/bin");
    builder.environment().put("HOME", home.toString());
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    builder.environment().put("PYRO_API_URL", emulator.url().toString());
    builder.environment().put("PYRO_TOKEN", TOKEN);
    for (int i = 0; i < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after 60s: " + script);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private Run bash(String script) throws Exception {
    return bash(script, PyroProcess.BINARY.getParent());
  }

  private static final String SUBMIT =
      "pyro train submit %s --framework pytorch --model m --cpu 1 --memory 1 --train-data s3://t"
          + " --output-bucket b --output-path /p --hp epochs=5000 -o id";

  @Test
  void logsFollowIntoGrepM1ReturnsAsSoonAsTheLineIsThere() throws Exception {
    Run r =
        bash(
            "set -o pipefail; id=$("
                + String.format(SUBMIT, "grepped")
                + ");"
                + " pyro train logs \"$id\" -f --interval 200ms | grep -m1 'Epoch 3/';"
                + " echo \"status=${PIPESTATUS[*]}\"; pyro train delete \"$id\" --force -y -q");
    assertThat(r.out()).as(r.toString()).contains("- Epoch 3/5000 ").endsWith("status=141 0\n");
    assertThat(r.err()).doesNotContain("error");
    assertThat(r.took()).as("a 5000-epoch job runs for minutes").isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void watchWithoutATerminalIntoHead1Returns() throws Exception {
    Run r =
        bash(
            "id=$("
                + String.format(SUBMIT, "headed")
                + ");"
                + " pyro train watch \"$id\" --interval 200ms | head -1;"
                + " echo \"status=${PIPESTATUS[*]}\"; pyro train delete \"$id\" --force -y -q");
    assertThat(r.out()).as(r.toString()).endsWith("status=141 0\n");
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.took()).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void underTheCLocaleArgumentsAndStdinArriveAsUtf8OnEveryRuntime() throws Exception {
    // as built (the jlink'd Temurin 25 where there is one), then bin/ and lib/ alone on the JDK
    // running the tests (17 here), as on a machine without the shipped runtime
    Path bare = home.resolve("bare");
    Files.createDirectories(bare);
    Path dist = PyroProcess.BINARY.getParent().getParent();
    new ProcessBuilder(
            "cp",
            "-R",
            dist.resolve("bin").toString(),
            dist.resolve("lib").toString(),
            bare.toString())
        .start()
        .waitFor();
    Files.deleteIfExists(bare.resolve("lib/pyro.aot"));
    String javaHome = System.getProperty("java.home");
    for (List<String> setup :
        List.of(
            List.of(dist.resolve("bin").toString(), "LANG", "C"),
            List.of(dist.resolve("bin").toString(), "LC_ALL", "POSIX"),
            List.of(bare.resolve("bin").toString(), "LANG", "C"))) {
      String name = "ünï-€-" + setup.get(2).toLowerCase() + "-" + Math.abs(setup.get(0).hashCode());
      Run r =
          bash(
              "pyro train submit \"$NAME\" --framework ray --model m --cpu 1 --memory 1"
                  + " --train-data s3://t --output-bucket b --output-path /p --hp epochs=1 -o id"
                  + " && printf 'name: %s-yaml\\ntraining_framework: ray\\n' \"$NAME\""
                  + " | pyro train submit -f - --model m --cpu 1 --memory 1 --train-data s3://t"
                  + " --output-bucket b --output-path /p --hp epochs=1 -o id",
              Path.of(setup.get(0)),
              setup.get(1),
              setup.get(2),
              "NAME",
              name,
              "JAVA_HOME",
              javaHome);
      assertThat(r.code()).as(r.toString()).isZero();
      List<String> ids = r.out().lines().toList();
      assertThat(ids).hasSize(2);
      assertThat(nameOnTheServer(ids.get(0))).as(setup.toString()).isEqualTo(name);
      assertThat(nameOnTheServer(ids.get(1))).as(setup.toString()).isEqualTo(name + "-yaml");
    }
  }

  private static String nameOnTheServer(String id) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.url() + "/api/v1/training/jobs/" + id))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(answer.body())
        .path("data")
        .path("name")
        .asText();
  }
}
