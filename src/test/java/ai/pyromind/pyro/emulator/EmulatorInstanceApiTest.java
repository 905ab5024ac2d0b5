package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorInstanceApiTest {
  private static final String LAB =
      "{\"name\":\"RL-Experiment-Instance\",\"resource_type\":\"gpu\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
          + "\"image\":\"pyromind-instance:2.3.1\",\"workspace_mount\":{\"bucket_name\":\"user-data\",\"mount_path\":\"/home/jovyan/work\"}}";
  private EmulatorHarness emu;

  @BeforeEach
  void start() throws Exception {
    emu = new EmulatorHarness(null);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private String running(String body) {
    String id = emu.post("/instances", body).data().path("instance_id").asText();
    emu.advance(Duration.ofSeconds(3));
    return id;
  }

  @Test
  void createGeneratesAPasswordAndGoesRunning() {
    Answer a = emu.post("/instances", LAB);
    assertThat(a.status()).isEqualTo(201);
    assertThat(a.message()).isEqualTo("instance created successfully");
    assertThat(a.data().path("instance_id").asText()).matches("jp_\\d{6}");
    assertThat(a.data().path("password").asText()).hasSize(14);
    assertThat(a.data().path("access_url").asText())
        .endsWith("/instances/" + a.data().path("instance_id").asText());
    String id = a.data().path("instance_id").asText();
    emu.advance(Duration.ofSeconds(3));
    Answer detail = emu.get("/instances/" + id);
    assertThat(detail.message()).isEqualTo("instance details retrieved successfully");
    assertThat(detail.data().path("status").asText()).isEqualTo("running");
    assertThat(detail.data().at("/workspace_mount/status").asText()).isEqualTo("bound");
    assertThat(detail.data().at("/resource_usage/cpu_used").asDouble()).isPositive();
    assertThat(detail.data().path("logs").asText())
        .isEqualTo("2024-01-05T00:00:03Z - Instance started successfully");
    Answer given =
        emu.post(
            "/instances",
            LAB.replace("RL-Experiment-Instance", "other")
                .replace("}}", "},\"password\":\"Mine!\"}"));
    assertThat(given.data().path("password").asText()).isEqualTo("Mine!");
  }

  @Test
  void createValidates() {
    assertThat(emu.post("/instances", LAB.replace("\"gpu\":4", "\"gpu\":-1")).message())
        .isEqualTo("resource_config.gpu must be non-negative integer");
    assertThat(emu.post("/instances", LAB.replace("\"gpu\",", "\"tpu\",")).message())
        .isEqualTo("invalid resource_type value (allowed: cpu/gpu)");
    emu.post("/instances", LAB);
    Answer taken = emu.post("/instances", LAB);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.message()).isEqualTo("instance name already exists");
  }

  @Test
  void listFiltersByStatusAndType() {
    String a = running(LAB);
    running(
        LAB.replace("RL-Experiment-Instance", "cpu-box")
            .replace("\"resource_type\":\"gpu\"", "\"resource_type\":\"cpu\""));
    emu.post("/instances/" + a + "/pause", null);
    assertThat(
            emu.get("/instances?status=paused")
                .data()
                .path("instances")
                .get(0)
                .path("instance_id")
                .asText())
        .isEqualTo(a);
    assertThat(emu.get("/instances?resource_type=cpu").data().path("total").asInt()).isEqualTo(1);
    assertThat(emu.get("/instances?page_size=1").data().path("instances").size()).isEqualTo(1);
    assertThat(emu.get("/instances?status=pending").message())
        .isEqualTo("invalid status value (allowed: running/paused/stopped/error)");
  }

  @Test
  void editChangesOnlyWhatIsGivenAndRefusesLowerCpu() {
    String id = running(LAB);
    Answer edited =
        emu.call("PUT", "/instances/" + id, "{\"name\":\"v2\",\"resource_config\":{\"cpu\":20}}");
    assertThat(edited.message()).isEqualTo("instance updated successfully");
    assertThat(edited.data().path("updated_fields").toString())
        .isEqualTo("[\"name\",\"resource_config\"]");
    assertThat(edited.data().path("resource_config").toString())
        .isEqualTo("{\"cpu\":20,\"memory\":64,\"gpu\":4}");
    Answer lower = emu.call("PUT", "/instances/" + id, "{\"resource_config\":{\"cpu\":8}}");
    assertThat(lower.status()).isEqualTo(400);
    assertThat(lower.message()).isEqualTo("resource_config.cpu must be greater than current 20");
    emu.post("/instances", LAB.replace("RL-Experiment-Instance", "taken"));
    assertThat(emu.call("PUT", "/instances/" + id, "{\"name\":\"taken\"}").message())
        .isEqualTo("new instance name already exists");
    assertThat(emu.call("PUT", "/instances/jp_1", "{\"name\":\"x\"}").status()).isEqualTo(404);
  }

  @Test
  void pauseResumeCountCheckpointsAndRegenerateTheUrl() {
    String id = running(LAB);
    Answer paused = emu.post("/instances/" + id + "/pause", null);
    assertThat(paused.message()).isEqualTo("instance paused successfully");
    assertThat(paused.data().path("checkpoint_count").asInt()).isEqualTo(1);
    Answer again = emu.post("/instances/" + id + "/pause", null);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.message()).isEqualTo("cannot pause instance in 'paused' or 'stopped' status");
    Answer tooBig = emu.post("/instances/" + id + "/resume", "{\"resource_config\":{\"cpu\":99}}");
    assertThat(tooBig.status()).isEqualTo(400);
    Answer resumed =
        emu.post(
            "/instances/" + id + "/resume?restore_checkpoint=true",
            "{\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":1}}");
    assertThat(resumed.message()).isEqualTo("instance resumed successfully");
    assertThat(resumed.data().path("restore_checkpoint").asBoolean()).isTrue();
    assertThat(resumed.data().path("resource_config").toString())
        .isEqualTo("{\"cpu\":8,\"memory\":32,\"gpu\":1}");
    assertThat(resumed.data().path("access_url").asText()).endsWith("?session=1");
    assertThat(emu.post("/instances/" + id + "/resume", null).message())
        .isEqualTo("cannot resume instance in 'running' or 'stopped' status");
    assertThat(
            emu.post("/instances/" + id + "/pause?save_checkpoint=false", null)
                .data()
                .path("checkpoint_count")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void accessTokensOnlyForRunningInstancesWithTheirTtl() {
    String id = emu.post("/instances", LAB).data().path("instance_id").asText();
    Answer early = emu.get("/instances/" + id + "/access-token");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.message()).isEqualTo("cannot generate token for non-running instance");
    emu.advance(Duration.ofSeconds(3));
    Answer token = emu.get("/instances/" + id + "/access-token?token_ttl=7200");
    assertThat(token.message()).isEqualTo("access token generated successfully");
    assertThat(token.data().path("token_ttl").asInt()).isEqualTo(7200);
    assertThat(token.data().path("expire_time").asText()).isEqualTo("2024-01-05T02:00:03Z");
    assertThat(token.data().path("access_url").asText())
        .endsWith("?token=" + token.data().path("access_token").asText());
    assertThat(emu.get("/instances/" + id + "/access-token").data().path("token_ttl").asInt())
        .isEqualTo(3600);
  }

  @Test
  void deleteNeedsForceWhileRunningAndABucketToBackUp() {
    String id = running(LAB);
    Answer refused = emu.call("DELETE", "/instances/" + id, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message())
        .isEqualTo("instance has running tasks, stop first or use force=true");
    assertThat(
            emu.call("DELETE", "/instances/" + id + "?force=true&backup_workspace=true", null)
                .status())
        .isEqualTo(400);
    Answer deleted =
        emu.call(
            "DELETE",
            "/instances/" + id + "?force=true&backup_workspace=true&backup_bucket=bk",
            null);
    assertThat(deleted.message()).isEqualTo("instance deleted successfully");
    assertThat(deleted.data().path("backup_path").asText())
        .isEqualTo("/instance-backups/" + id + "_20240105");
    assertThat(emu.get("/instances/" + id).message()).isEqualTo("instance not found");
  }
}
