package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.PyroRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyro apply} end to end against the in-process emulator, counting what it sends. */
class ApplyAgainstEmulatorTest {
  private static final String PROJECT =
      """
      kind: sandbox
      name: sim-box
      sandbox_type: cpu-sandbox
      resource_config: {cpu: 4, memory: 16}
      screen_resolution: 1280x720
      expire_time: +7d
      ---
      kind: instance
      name: lab
      resource_type: cpu
      resource_config: {cpu: 4, memory: 16}
      ---
      kind: training
      name: ppo-lunar
      training_framework: pytorch
      model_name: ppo-lunar-lander-v2
      resource_config: {cpu: 8, memory: 32, gpu: 1}
      data_config: {train_data_source: "s3://user-data/train"}
      hyperparameters: {learning_rate: 0.0003, epochs: 100}
      output_config: {output_bucket: user-models, output_path: /rl/ppo}
      max_run_time: 48h
      """;

  @TempDir Path home;
  @TempDir Path data;
  private EmulatorHarness emulator;
  private Path file;

  @BeforeEach
  void start() throws IOException {
    emulator = new EmulatorHarness(data);
    file = home.resolve("pyro.yaml");
    Files.writeString(file, PROJECT);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private PyroRun.Result apply(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(List.of("--debug", "apply", "-f", file.toString()));
    args.addAll(List.of(extra));
    return new PyroRun(home)
        .env("PYRO_API_URL", emulator.server.url().toString())
        .env("PYRO_TOKEN", EmulatorHarness.TOKEN)
        .run(args.toArray(String[]::new));
  }

  /** The methods of the requests a --debug run traced, e.g. [GET, GET, POST]. */
  private static List<String> sent(PyroRun.Result r) {
    return r.err()
        .lines()
        .filter(l -> l.matches("> (GET|POST|PUT|DELETE) .*"))
        .map(l -> l.substring(2, l.indexOf(' ', 2)))
        .toList();
  }

  @Test
  void convergesOnceThenSendsOnlyGetsUpdatesConflictsAndReplaces() throws IOException {
    PyroRun.Result first = apply();
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(sent(first)).filteredOn("POST"::equals).hasSize(3);

    PyroRun.Result again = apply();
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(sent(again)).isNotEmpty().allMatch("GET"::equals);
    assertThat(again.err())
        .contains("= unchanged sandbox sim-box")
        .contains("= unchanged instance lab")
        .contains("= unchanged training ppo-lunar");

    Files.writeString(
        file,
        PROJECT.replace(
            "resource_config: {cpu: 4, memory: 16}\n---\nkind: training",
            "resource_config: {cpu: 8, memory: 16}\n---\nkind: training"));
    PyroRun.Result update = apply();
    assertThat(update.code()).as(update.toString()).isZero();
    assertThat(sent(update)).filteredOn(m -> !m.equals("GET")).containsExactly("PUT");
    assertThat(update.err()).contains("✓ updated jp_").contains(": cpu 4 -> 8");
    assertThat(
            emulator
                .get("/instances?page_size=100")
                .data()
                .at("/instances/0/resource_config/cpu")
                .asInt())
        .isEqualTo(8);

    Files.writeString(file, Files.readString(file).replace("cpu-sandbox", "gpu-sandbox"));
    PyroRun.Result conflict = apply();
    assertThat(conflict.code()).as(conflict.toString()).isEqualTo(4);
    assertThat(sent(conflict)).allMatch("GET"::equals);
    assertThat(conflict.err())
        .contains(": sandbox_type cpu-sandbox -> gpu-sandbox (immutable; --replace)");

    PyroRun.Result replaced = apply("--replace", "--yes");
    assertThat(replaced.code()).as(replaced.toString()).isZero();
    assertThat(sent(replaced)).filteredOn(m -> !m.equals("GET")).containsExactly("DELETE", "POST");
    assertThat(emulator.get("/sandboxes").data().at("/sandboxes/0/sandbox_type").asText())
        .isEqualTo("gpu-sandbox");
    assertThat(emulator.get("/sandboxes").data().path("total").asInt()).isEqualTo(1);
  }
}
