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
                  acknowledged.add(Json.parse(r.body()).at("/data/sandbox_id").asText());
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
        JsonNode items = Json.parse(r.body()).at("/data/sandboxes");
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

  /**
   * Fifty rounds of: writers creating, renaming and deleting instances from several threads, a
   * SIGKILL at a random moment, a restart on the same data. Every acknowledged change must be
   * there; a change in flight at the kill is either wholly there or not at all.
   */
  @Test
  void fiftySigkillsLoseNothingAcknowledgedAndLeaveNothingHalfDone() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    java.util.Map<String, Set<String>> allowed = new ConcurrentHashMap<>();
    Set<String> attemptedNames = ConcurrentHashMap.newKeySet();
    java.util.Random random = new java.util.Random(42);
    Process emulator = startProcess();
    for (int round = 0; round < 50; round++) {
      String url = awaitUrl(emulator);
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService writers = Executors.newFixedThreadPool(3);
      for (int w = 0; w < 3; w++) {
        String prefix = "r" + round + "w" + w + "-";
        writers.submit(() -> churn(http, url, prefix, stop, allowed, attemptedNames));
      }
      Thread.sleep(100 + random.nextInt(300));
      emulator.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      stop.set(true);
      writers.shutdown();
      assertThat(writers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
      emulator = startProcess();
      java.util.Map<String, String> present = instances(http, awaitUrl(emulator));
      for (var expected : allowed.entrySet()) {
        String actual =
            present.containsKey(expected.getKey())
                ? "name:" + present.get(expected.getKey())
                : "absent";
        assertThat(expected.getValue())
            .as("round %d, %s", round, expected.getKey())
            .contains(actual);
      }
      for (var instance : present.entrySet()) {
        if (!allowed.containsKey(instance.getKey())) {
          assertThat(attemptedNames)
              .as("round %d: %s was never asked for", round, instance)
              .contains(instance.getValue());
        }
      }
    }
    emulator.destroy();
    emulator.waitFor(10, TimeUnit.SECONDS);
  }

  /** Creates, renames and deletes instances until stopped, noting what each answer allows. */
  private Void churn(
      HttpClient http,
      String url,
      String prefix,
      AtomicBoolean stop,
      java.util.Map<String, Set<String>> allowed,
      Set<String> attemptedNames) {
    for (int i = 0; !stop.get(); i++) {
      String name = prefix + i;
      attemptedNames.add(name);
      attemptedNames.add(name + "-renamed");
      try {
        HttpResponse<String> created =
            send(
                http,
                "POST",
                url + "/api/v1/instances",
                "{\"name\":\""
                    + name
                    + "\",\"resource_type\":\"cpu\",\"resource_config\":{\"cpu\":1,\"memory\":1}}");
        if (created.statusCode() != 201) {
          continue;
        }
        String id = Json.parse(created.body()).at("/data/instance_id").asText();
        allowed.put(id, Set.of("name:" + name, "name:" + name + "-renamed"));
        if (send(
                    http,
                    "PUT",
                    url + "/api/v1/instances/" + id,
                    "{\"name\":\"" + name + "-renamed\"}")
                .statusCode()
            != 200) {
          continue;
        }
        allowed.put(id, Set.of("name:" + name + "-renamed", "absent"));
        if (send(http, "DELETE", url + "/api/v1/instances/" + id + "?force=true", null).statusCode()
            == 200) {
          allowed.put(id, Set.of("absent"));
        }
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private static HttpResponse<String> send(HttpClient http, String method, String url, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + TOKEN)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.Map<String, String> instances(HttpClient http, String url)
      throws Exception {
    java.util.Map<String, String> present = new java.util.HashMap<>();
    for (int page = 1; ; page++) {
      JsonNode items =
          Json.parse(
                  send(http, "GET", url + "/api/v1/instances?page_size=500&page=" + page, null)
                      .body())
              .at("/data/instances");
      items.forEach(i -> present.put(i.path("instance_id").asText(), i.path("name").asText()));
      if (items.size() < 500) {
        return present;
      }
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
