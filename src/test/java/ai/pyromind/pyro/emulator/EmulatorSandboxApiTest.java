package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorSandboxApiTest {
  private static final String BOX =
      "{\"name\":\"My-GPU-Sandbox-2024\",\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4}}";
  private EmulatorHarness emu;

  @BeforeEach
  void start() throws Exception {
    emu = new EmulatorHarness(null);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private String create(String name) {
    Answer a = emu.post("/sandboxes", BOX.replace("My-GPU-Sandbox-2024", name));
    assertThat(a.status()).isEqualTo(201);
    return a.data().path("sandbox_id").asText();
  }

  @Test
  void everyCallNeedsTheBearerToken() {
    Answer none = emu.call("GET", "/sandboxes", null, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.envelope().toString())
        .isEqualTo("{\"code\":401,\"message\":\"invalid or missing token\",\"data\":null}");
    assertThat(emu.call("GET", "/sandboxes", null, "wrong").status()).isEqualTo(401);
  }

  @Test
  void createAnswers201WithTheDocumentsShapeAndGoesPendingToRunning() {
    Answer a = emu.post("/sandboxes", BOX);
    assertThat(a.status()).isEqualTo(201);
    assertThat(a.envelope().path("code").asInt()).isEqualTo(201);
    assertThat(a.message()).isEqualTo("sandbox created successfully");
    assertThat(a.data().path("sandbox_id").asText()).matches("sbx_\\d{9}");
    assertThat(a.data().path("status").asText()).isEqualTo("pending");
    assertThat(a.data().path("create_time").asText()).isEqualTo("2024-01-05T00:00:00Z");
    assertThat(a.data().path("expire_time").asText()).isEqualTo("2024-01-12T00:00:00Z");
    assertThat(a.data().path("resource_config").toString())
        .isEqualTo("{\"cpu\":16,\"memory\":64,\"gpu\":4}");
    String id = a.data().path("sandbox_id").asText();
    Answer pending = emu.get("/sandboxes/" + id);
    assertThat(pending.data().has("vnc_info")).isFalse();
    emu.advance(Duration.ofSeconds(3));
    Answer running = emu.get("/sandboxes/" + id);
    assertThat(running.message()).isEqualTo("sandbox details retrieved successfully");
    assertThat(running.data().path("status").asText()).isEqualTo("running");
    assertThat(running.data().path("screen_resolution").toString())
        .isEqualTo("{\"width\":1920,\"height\":1080}");
    assertThat(running.data().path("vnc_info").path("port").asInt()).isEqualTo(5901);
  }

  @Test
  void createValidatesAndRefusesTakenNames() {
    assertThat(emu.post("/sandboxes", BOX.replace("\"cpu\":16", "\"cpu\":0")).message())
        .isEqualTo("resource config cpu must be positive integer");
    assertThat(emu.post("/sandboxes", BOX.replace("My-GPU-Sandbox-2024", "ab")).status())
        .isEqualTo(400);
    assertThat(
            emu.post(
                    "/sandboxes", "{\"name\":\"abc\",\"resource_config\":{\"cpu\":1,\"memory\":1}}")
                .message())
        .isEqualTo("sandbox_type is required");
    assertThat(
            emu.post("/sandboxes", BOX.replace("}}", "},\"expire_time\":\"2023-01-01T00:00:00Z\"}"))
                .message())
        .isEqualTo("expire_time must be a future time");
    assertThat(emu.post("/sandboxes", "{not json").message()).isEqualTo("invalid JSON body");
    create("My-GPU-Sandbox-2024");
    Answer taken = emu.post("/sandboxes", BOX);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.message()).isEqualTo("sandbox name already exists in your namespace");
  }

  @Test
  void listPagesAndFilters() {
    for (int i = 0; i < 5; i++) {
      create("box-" + i);
    }
    emu.advance(Duration.ofSeconds(5));
    String stopped = create("box-stopped");
    emu.advance(Duration.ofSeconds(5));
    emu.post("/sandboxes/" + stopped + "/actions", "{\"action\":\"stop\"}");
    Answer page = emu.get("/sandboxes?page=2&page_size=2");
    assertThat(page.message()).isEqualTo("sandboxes listed successfully");
    assertThat(page.data().path("total").asInt()).isEqualTo(6);
    assertThat(page.data().path("page").asInt()).isEqualTo(2);
    assertThat(page.data().path("page_size").asInt()).isEqualTo(2);
    assertThat(page.data().path("sandboxes").get(0).path("name").asText()).isEqualTo("box-2");
    assertThat(emu.get("/sandboxes?status=stopped").data().path("total").asInt()).isEqualTo(1);
    assertThat(
            emu.get("/sandboxes?status=running&sandbox_type=gpu-sandbox")
                .data()
                .path("total")
                .asInt())
        .isEqualTo(5);
    assertThat(emu.get("/sandboxes?sandbox_type=cpu-sandbox").data().path("total").asInt())
        .isZero();
    Answer bad = emu.get("/sandboxes?status=paused");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).isEqualTo("invalid status value (allowed: running/stopped/error)");
    assertThat(emu.get("/sandboxes?page=0").status()).isEqualTo(400);
  }

  @Test
  void deleteNeedsForceWhileRunning() {
    String id = create("box");
    emu.advance(Duration.ofSeconds(3));
    Answer refused = emu.call("DELETE", "/sandboxes/" + id, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message()).isEqualTo("sandbox has running tasks, use force=true to delete");
    Answer deleted = emu.call("DELETE", "/sandboxes/" + id + "?force=true", null);
    assertThat(deleted.message()).isEqualTo("sandbox deleted successfully");
    assertThat(deleted.data().path("force").asBoolean()).isTrue();
    assertThat(emu.get("/sandboxes/" + id).status()).isEqualTo(404);
    assertThat(emu.call("DELETE", "/sandboxes/" + id, null).message())
        .isEqualTo("sandbox not found");
  }

  @Test
  void actionsChangeStateAndReportCompleted() {
    String id = create("box");
    emu.advance(Duration.ofSeconds(3));
    Answer stop = emu.post("/sandboxes/" + id + "/actions", "{\"action\":\"stop\",\"timeout\":60}");
    assertThat(stop.message()).isEqualTo("sandbox action executed successfully");
    assertThat(stop.data().path("status").asText()).isEqualTo("completed");
    assertThat(stop.data().path("timeout").asInt()).isEqualTo(60);
    assertThat(emu.get("/sandboxes/" + id).data().path("status").asText()).isEqualTo("stopped");
    Answer unresponsive =
        emu.post(
            "/sandboxes/" + id + "/actions",
            "{\"action\":\"install_package\",\"params\":{\"name\":\"htop\"}}");
    assertThat(unresponsive.status()).isEqualTo(500);
    assertThat(unresponsive.message()).isEqualTo("failed to execute action: sandbox unresponsive");
    emu.post("/sandboxes/" + id + "/actions", "{\"action\":\"start\"}");
    assertThat(emu.get("/sandboxes/" + id).data().path("status").asText()).isEqualTo("running");
    Answer invalid = emu.post("/sandboxes/" + id + "/actions", "{\"action\":\"explode\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.message())
        .isEqualTo(
            "invalid action type (allowed: start/stop/restart/reboot/install_package/run_script)");
    assertThat(emu.post("/sandboxes/sbx_1/actions", "{\"action\":\"start\"}").message())
        .isEqualTo("sandbox not found");
  }

  @Test
  void batchReportsEachActionAndAPartialFailureIs500WithResults() {
    String id = create("box");
    emu.advance(Duration.ofSeconds(3));
    Answer ok =
        emu.post(
            "/sandboxes/" + id + "/actions/batch",
            "{\"actions\":[{\"action\":\"install_package\",\"params\":{\"name\":\"python3-pip\"}},{\"action\":\"run_script\",\"params\":{\"path\":\"/home/user/init.sh\"}}]}");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.message()).isEqualTo("batch actions executed successfully");
    assertThat(ok.data().path("success_count").asInt()).isEqualTo(2);
    assertThat(ok.data().path("results").get(0).toString())
        .isEqualTo(
            "{\"action\":\"install_package\",\"status\":\"success\",\"message\":\"package installed\"}");
    Answer partial =
        emu.post(
            "/sandboxes/" + id + "/actions/batch",
            "{\"parallel\":true,\"actions\":[{\"action\":\"install_package\",\"params\":{\"name\":\"x\"}},{\"action\":\"run_script\",\"params\":{\"path\":\"missing.sh\"}}]}");
    assertThat(partial.status()).isEqualTo(500);
    assertThat(partial.message()).isEqualTo("some batch actions failed");
    assertThat(partial.data().path("failed_count").asInt()).isEqualTo(1);
    assertThat(partial.data().path("results").get(1).path("message").asText())
        .isEqualTo("script file not found");
    Answer bad = emu.post("/sandboxes/" + id + "/actions/batch", "{\"actions\":[{\"params\":{}}]}");
    assertThat(bad.message())
        .isEqualTo("invalid actions format: each action must have 'action' field");
  }

  @Test
  void vncOnlyWhileRunningAndRefreshRotatesThePassword() {
    String id = create("box");
    Answer early = emu.get("/sandboxes/" + id + "/vnc");
    assertThat(early.status()).isEqualTo(404);
    assertThat(early.message()).isEqualTo("sandbox not found or vnc not enabled");
    emu.advance(Duration.ofSeconds(3));
    Answer first = emu.get("/sandboxes/" + id + "/vnc");
    assertThat(first.message()).isEqualTo("vnc connection info retrieved successfully");
    String password = first.data().path("vnc_password").asText();
    assertThat(password).hasSize(10);
    assertThat(emu.get("/sandboxes/" + id + "/vnc").data().path("vnc_password").asText())
        .isEqualTo(password);
    String rotated =
        emu.get("/sandboxes/" + id + "/vnc?refresh=true").data().path("vnc_password").asText();
    assertThat(rotated).isNotEqualTo(password);
    assertThat(emu.get("/sandboxes/" + id).data().at("/vnc_info/password").asText())
        .isEqualTo(rotated);
  }

  @Test
  void expiredSandboxesAreCleanedUp() {
    String id =
        emu.post("/sandboxes", BOX.replace("}}", "},\"expire_time\":\"2024-01-05T01:00:00Z\"}"))
            .data()
            .path("sandbox_id")
            .asText();
    assertThat(emu.get("/sandboxes/" + id).status()).isEqualTo(200);
    emu.advance(Duration.ofHours(2));
    Answer gone = emu.get("/sandboxes/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.message()).isEqualTo("sandbox not found (check sandbox_id or expired)");
  }

  @Test
  void unknownEndpointsAre404InTheEnvelope() {
    Answer a = emu.get("/nothing/here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.message()).isEqualTo("no such endpoint: GET /api/v1/nothing/here");
  }
}
