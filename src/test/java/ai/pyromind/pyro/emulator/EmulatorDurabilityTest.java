package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --data, nothing acknowledged is lost: not across a restart, not across SIGKILL. */
class EmulatorDurabilityTest {
  private static final String TOKEN = "durability-token";
  @TempDir Path dir;

  @Test
  void aRestartResumesRunningJobsWhereSimulatedTimePutsThem() throws Exception {
    String id;
    Instant t0;
    try (EmulatorHarness first = new EmulatorHarness(dir)) {
      t0 = first.clock.get();
      id =
          first
              .post(
                  "/training/jobs",
                  "{\"name\":\"ppo\",\"training_framework\":\"ray\",\"model_name\":\"m\",\"resource_config\":{\"cpu\":1,\"memory\":1},"
                      + "\"data_config\":{\"train_data_source\":\"s3://t\"},\"hyperparameters\":{\"epochs\":20},"
                      + "\"output_config\":{\"output_bucket\":\"b\",\"output_path\":\"/p\"}}")
              .data()
              .path("job_id")
              .asText();
      first.advance(Duration.ofSeconds(3 + 2 * 2));
      assertThat(first.get("/training/jobs/" + id).data().path("current_epoch").asInt())
          .isEqualTo(2);
    }
    try (EmulatorHarness second = new EmulatorHarness(dir)) {
      second.clock.set(t0.plus(Duration.ofSeconds(3 + 2 * 7)));
      JsonNode job = second.get("/training/jobs/" + id).data();
      assertThat(job.path("status").asText()).isEqualTo("running");
      assertThat(job.path("current_epoch").asInt()).isEqualTo(7);
      assertThat(second.post("/training/jobs", "{}").status()).isEqualTo(400);
    }
  }

  @Test
  void everyAcknowledgedCreateSurvivesSigkill() throws Exception {
    Process emulator = startProcess();
    String url = awaitUrl(emulator);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    for (int w = 0; w < 4; w++) {
      int writer = w;
      writers.submit(
          () -> {
            for (int i = 0; !stop.get() && i < 100_000; i++) {
              try {
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(URI.create(url + "/api/v1/sandboxes"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"name\":\"box-"
                                        + writer
                                        + "-"
                                        + i
                                        + "\",\"sandbox_type\":\"cpu-sandbox\",\"resource_config\":{\"cpu\":1,\"memory\":1}}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                  acknowledged.add(Json.MAPPER.readTree(r.body()).at("/data/sandbox_id").asText());
                }
              } catch (IOException e) {
                return null;
              }
            }
            return null;
          });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    emulator.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    stop.set(true);
    writers.shutdown();
    assertThat(writers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

    Process restarted = startProcess();
    try {
      String again = awaitUrl(restarted);
      Set<String> present = new HashSet<>();
      for (int page = 1; ; page++) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(again + "/api/v1/sandboxes?page_size=500&page=" + page))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode items = Json.MAPPER.readTree(r.body()).at("/data/sandboxes");
        items.forEach(s -> present.add(s.path("sandbox_id").asText()));
        if (items.size() < 500) {
          break;
        }
      }
      assertThat(present).containsAll(acknowledged);
    } finally {
      restarted.destroy();
      restarted.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process startProcess() throws IOException {
    Files.deleteIfExists(dir.resolve("emulator.url"));
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "ai.pyromind.pyro.Main",
                    "emulator",
                    "start",
                    "--port",
                    "0",
                    "--data",
                    dir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile());
    builder.environment().put("PYRO_EMULATOR_TOKEN", TOKEN);
    builder.environment().put("PYRO_CONFIG", dir.resolve("config.yaml").toString());
    return builder.start();
  }

  private String awaitUrl(Process process) throws Exception {
    Path url = dir.resolve("emulator.url");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("emulator died: " + Files.readString(dir.resolve("out.log")));
      }
      if (Files.isRegularFile(url)) {
        return Files.readString(url, StandardCharsets.UTF_8).trim();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("emulator did not start: " + Files.readString(dir.resolve("out.log")));
  }
}
