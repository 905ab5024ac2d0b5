package ai.pyromind.pyro.emulator;

import static ai.pyromind.pyro.emulator.EmulatorBodies.inference;
import static ai.pyromind.pyro.emulator.EmulatorBodies.instance;
import static ai.pyromind.pyro.emulator.EmulatorBodies.resources;
import static ai.pyromind.pyro.emulator.EmulatorBodies.sandbox;
import static ai.pyromind.pyro.emulator.EmulatorBodies.training;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --capacity}: running things hold their resource_config; what does not fit is a 500. */
class EmulatorCapacityTest {
  private static final Resources CAPACITY = Resources.parse("cpu=8,memory=32,gpu=2");
  @TempDir Path data;

  private static String id(Answer a, String field) {
    assertThat(a.status()).as(a.envelope().toString()).isEqualTo(201);
    return a.data().path(field).asText();
  }

  private static void assertRefused(Answer a, String message) {
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.message()).isEqualTo(message);
    assertThat(a.data().isNull()).isTrue();
  }

  @Test
  void whatDoesNotFitAnswersEachEndpointsDocumentedMessage() throws Exception {
    try (EmulatorHarness emu = new EmulatorHarness(null, CAPACITY)) {
      String box = id(emu.post("/sandboxes", sandbox("box", resources(4, 16, 1))), "sandbox_id");
      assertRefused(
          emu.post("/sandboxes", sandbox("big-box", resources(4, 16, 2))),
          "failed to create sandbox due to resource shortage");
      assertRefused(
          emu.post("/instances", instance("lab", resources(4, 16, 2), null)),
          "failed to create instance: insufficient GPU resources");
      String lab =
          id(emu.post("/instances", instance("lab", resources(4, 16, 1), null)), "instance_id");
      // cpu, not gpu, ran out: the document's message stays
      assertRefused(
          emu.post("/training/jobs", training("ppo", resources(1, 1, 0), "b", "/m", "s3://l/x")),
          "failed to submit job: insufficient GPU resources");
      assertRefused(
          emu.post("/inference", inference("inf", "ppo", resources(1, 1, 0), "user-data")),
          "failed to create task: invalid output bucket permission");
      assertThat(emu.get("/sandboxes").data().path("total").asInt()).isEqualTo(1);
      assertThat(emu.get("/instances").data().path("total").asInt()).isEqualTo(1);

      emu.advance(Duration.ofSeconds(3));
      assertRefused(
          emu.call("PUT", "/instances/" + lab, "{\"resource_config\":{\"cpu\":5}}"),
          "failed to update resource config: insufficient resources");
      assertThat(emu.post("/sandboxes/" + box + "/actions", "{\"action\":\"stop\"}").status())
          .isEqualTo(200);
      assertThat(emu.call("PUT", "/instances/" + lab, "{\"resource_config\":{\"cpu\":5}}").status())
          .isEqualTo(200);
      String job =
          id(
              emu.post(
                  "/training/jobs", training("ppo", resources(3, 16, 1), "b", "/m", "s3://l/x")),
              "job_id");
      assertRefused(
          emu.post("/sandboxes/" + box + "/actions", "{\"action\":\"start\"}"),
          "failed to execute action: resource shortage");
      assertRefused(
          emu.post(
              "/sandboxes/" + box + "/actions",
              "{\"action\":\"install_package\",\"params\":{\"name\":\"x\"}}"),
          "failed to execute action: sandbox unresponsive");

      assertThat(emu.post("/instances/" + lab + "/pause", null).status()).isEqualTo(200);
      id(emu.post("/instances", instance("other", resources(4, 16, 1), null)), "instance_id");
      assertRefused(
          emu.post("/instances/" + lab + "/resume", null),
          "failed to resume: insufficient GPU resources");

      emu.advance(Duration.ofSeconds(3 + 2 * 10));
      assertThat(emu.get("/training/jobs/" + job).data().path("status").asText())
          .isEqualTo("success");
      assertThat(emu.post("/sandboxes/" + box + "/actions", "{\"action\":\"start\"}").status())
          .as("a finished job gave its resources back")
          .isEqualTo(200);
    }
  }

  @Test
  void theCapacityEndpointShowsUsedAndFreeAndARestartRebuildsThemFromTheJournal() throws Exception {
    String before;
    try (EmulatorHarness emu = new EmulatorHarness(data, CAPACITY)) {
      emu.post("/sandboxes", sandbox("box", resources(2, 8, 1)));
      String paused =
          id(emu.post("/instances", instance("lab", resources(3, 8, 0), null)), "instance_id");
      emu.post("/instances", instance("kept", resources(1, 4, 0), null));
      emu.advance(Duration.ofSeconds(3));
      emu.post("/instances/" + paused + "/pause", null);
      Answer capacity = emu.control("GET", "/_emulator/capacity", null);
      assertThat(capacity.status()).isEqualTo(200);
      assertThat(capacity.data().toString())
          .isEqualTo(
              "{\"cpu\":{\"limit\":8,\"used\":3,\"free\":5},"
                  + "\"memory\":{\"limit\":32,\"used\":12,\"free\":20},"
                  + "\"gpu\":{\"limit\":2,\"used\":1,\"free\":1}}");
      before = capacity.data().toString();
    }
    try (EmulatorHarness emu = new EmulatorHarness(data, CAPACITY)) {
      emu.advance(Duration.ofSeconds(3));
      assertThat(emu.control("GET", "/_emulator/capacity", null).data().toString())
          .isEqualTo(before);
    }
    assertThat(java.nio.file.Files.readString(data.resolve("journal.jsonl")).contains(World.LIVE))
        .as("the journal never holds the mark of a live request")
        .isFalse();
    try (EmulatorHarness emu = new EmulatorHarness(data, Resources.parse("cpu=2"))) {
      emu.advance(Duration.ofSeconds(3));
      assertThat(emu.get("/instances").data().path("total").asInt())
          .as("a smaller capacity after a restart drops nothing that was acknowledged")
          .isEqualTo(2);
      assertThat(emu.control("GET", "/_emulator/capacity", null).data().toString())
          .isEqualTo(
              "{\"cpu\":{\"limit\":2,\"used\":3,\"free\":0},"
                  + "\"memory\":{\"limit\":null,\"used\":12,\"free\":null},"
                  + "\"gpu\":{\"limit\":null,\"used\":1,\"free\":null}}");
    }
  }

  @Test
  void withoutACapacityNothingIsRefused() throws Exception {
    try (EmulatorHarness emu = new EmulatorHarness(null)) {
      for (int i = 0; i < 3; i++) {
        assertThat(emu.post("/sandboxes", sandbox("box" + i, resources(1000, 1000, 1000))).status())
            .isEqualTo(201);
      }
      assertThat(emu.control("GET", "/_emulator/capacity", null).data().path("gpu").toString())
          .isEqualTo("{\"limit\":null,\"used\":3000,\"free\":null}");
    }
  }

  @Test
  void theCapacityOptionIsParsedStrictly() {
    assertThat(Resources.parse("gpu=8"))
        .isEqualTo(new Resources(Long.MAX_VALUE, Long.MAX_VALUE, 8));
    assertThat(Resources.parse(" CPU=64, memory=256,gpu=0 ").toString())
        .isEqualTo("cpu=64,memory=256,gpu=0");
    for (String bad : new String[] {"", "gpu", "tpu=1", "gpu=-1", "gpu=x", "gpu=1,"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Resources.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("--capacity");
    }
  }
}
