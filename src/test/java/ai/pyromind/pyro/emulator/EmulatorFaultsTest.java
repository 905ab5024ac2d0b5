package ai.pyromind.pyro.emulator;

import static ai.pyromind.pyro.emulator.EmulatorBodies.resources;
import static ai.pyromind.pyro.emulator.EmulatorBodies.sandbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /_emulator/faults: the next N matching requests fail, stall or drop, and nothing is kept. */
class EmulatorFaultsTest {
  @TempDir Path data;

  @Test
  void theNextNMatchingRequestsAnswerTheInjectedStatusThenServiceResumes() throws Exception {
    try (EmulatorHarness emu = new EmulatorHarness(null)) {
      Answer added =
          emu.control(
              "POST",
              "/_emulator/faults",
              "{\"method\":\"get\",\"path_prefix\":\"/api/v1/sandboxes\",\"status\":503,"
                  + "\"message\":\"maintenance\",\"count\":2}");
      assertThat(added.status()).isEqualTo(201);
      assertThat(added.data().toString())
          .isEqualTo(
              "{\"id\":1,\"method\":\"GET\",\"path_prefix\":\"/api/v1/sandboxes\",\"status\":503,"
                  + "\"message\":\"maintenance\",\"delay_ms\":0,\"close\":false,\"remaining\":2}");
      assertThat(emu.get("/instances").status()).as("another path").isEqualTo(200);
      assertThat(emu.post("/sandboxes", sandbox("box", resources(1, 1, 0))).status())
          .as("another method")
          .isEqualTo(201);
      for (int i = 0; i < 2; i++) {
        Answer failed = emu.get("/sandboxes?page=1");
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.envelope().toString())
            .isEqualTo("{\"code\":503,\"message\":\"maintenance\",\"data\":null}");
      }
      assertThat(emu.get("/sandboxes").status()).isEqualTo(200);
      assertThat(emu.control("GET", "/_emulator/faults", null).data().get("faults").toString())
          .isEqualTo("[]");
    }
  }

  @Test
  void aDelayStallsTheRequestAndCloseDropsTheConnection() throws Exception {
    try (EmulatorHarness emu = new EmulatorHarness(null)) {
      emu.control(
          "POST",
          "/_emulator/faults",
          "{\"method\":\"*\",\"path_prefix\":\"/api/v1/instances\",\"delay_ms\":700,\"count\":1}");
      long start = System.nanoTime();
      assertThat(emu.get("/instances").status()).isEqualTo(200);
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(700);
      emu.control(
          "POST",
          "/_emulator/faults",
          "{\"method\":\"POST\",\"path_prefix\":\"/api/v1/\",\"close\":true}");
      assertThatThrownBy(() -> emu.post("/sandboxes", sandbox("box", resources(1, 1, 0))))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(
              emu.control("GET", "/_emulator/faults", null)
                  .data()
                  .get("faults")
                  .get(0)
                  .path("remaining")
                  .isNull())
          .as("without a count a fault stays until cleared")
          .isTrue();
      Answer cleared = emu.control("DELETE", "/_emulator/faults", null);
      assertThat(cleared.data().path("cleared").asInt()).isEqualTo(1);
      assertThat(emu.post("/sandboxes", sandbox("box", resources(1, 1, 0))).status())
          .isEqualTo(201);
    }
  }

  @Test
  void aFailedRequestNeverReachesTheJournal() throws Exception {
    try (EmulatorHarness emu = new EmulatorHarness(data)) {
      emu.control(
          "POST",
          "/_emulator/faults",
          "{\"method\":\"POST\",\"path_prefix\":\"/api/v1/sandboxes\",\"status\":500,\"count\":1}");
      Answer failed = emu.post("/sandboxes", sandbox("box", resources(1, 1, 0)));
      assertThat(failed.message()).isEqualTo("injected fault");
      assertThat(emu.get("/sandboxes").data().path("total").asInt()).isZero();
    }
    assertThat(Files.readString(data.resolve("journal.jsonl"), StandardCharsets.UTF_8))
        .doesNotContain("box")
        .doesNotContain("fault");
  }

  @Test
  void theControlEndpointNeedsTheTokenAndRejectsFaultsItCannotApply() throws Exception {
    try (EmulatorHarness emu = new EmulatorHarness(null)) {
      Answer anonymous = emu.raw("GET", "/_emulator/faults", null, "wrong");
      assertThat(anonymous.status()).isEqualTo(401);
      String[][] bad = {
        {"{\"method\":\"FETCH\",\"path_prefix\":\"/\",\"status\":500}", "method must be one of"},
        {"{\"method\":\"GET\",\"path_prefix\":\"api\",\"status\":500}", "path_prefix must start"},
        {"{\"method\":\"GET\",\"path_prefix\":\"/_emulator/\",\"status\":500}", "path_prefix"},
        {"{\"method\":\"GET\",\"path_prefix\":\"/\",\"status\":200}", "status must be from 400"},
        {"{\"method\":\"GET\",\"path_prefix\":\"/\"}", "a fault needs a status, a delay or close"},
        {
          "{\"method\":\"GET\",\"path_prefix\":\"/\",\"status\":500,\"close\":true}",
          "a fault either"
        },
        {"{\"method\":\"GET\",\"path_prefix\":\"/\",\"status\":500,\"count\":0}", "count must"},
      };
      for (String[] b : bad) {
        Answer refused = emu.control("POST", "/_emulator/faults", b[0]);
        assertThat(refused.status()).as(b[0]).isEqualTo(400);
        assertThat(refused.message()).as(b[0]).startsWith(b[1]);
      }
      assertThat(emu.control("GET", "/_emulator/nothing", null).status()).isEqualTo(404);
    }
  }
}
