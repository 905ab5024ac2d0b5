package ai.pyromind.pyro.emulator;

import static ai.pyromind.pyro.emulator.EmulatorJournalTest.sandbox;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.FailingFileChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal write that fails (a full disk, a file too large) changes nothing, now or later. */
class EmulatorFullDiskTest {
  @TempDir Path dir;
  private FailingFileChannel channel;

  private EmulatorHarness emulator() throws IOException {
    return new EmulatorHarness(
        dir, file -> channel = new FailingFileChannel(JournalFiles.REAL.open(file)));
  }

  private static List<String> names(EmulatorHarness emulator) {
    List<String> names = new ArrayList<>();
    emulator
        .get("/sandboxes")
        .data()
        .path("sandboxes")
        .forEach(s -> names.add(s.path("name").asText()));
    return names;
  }

  @Test
  void aFailedAppendAnswers500AndNothingChangesThenOrAfterARestart() throws Exception {
    try (EmulatorHarness emulator = emulator()) {
      assertThat(emulator.post("/sandboxes", sandbox("kept")).status()).isEqualTo(201);
      channel.failWrites(FailingFileChannel.noSpace(), 17);

      EmulatorHarness.Answer refused = emulator.post("/sandboxes", sandbox("refused"));
      assertThat(refused.status()).isEqualTo(500);
      assertThat(refused.message())
          .isEqualTo("failed to persist the change: No space left on device");
      assertThat(names(emulator)).containsExactly("kept");

      channel.heal();
      assertThat(emulator.post("/sandboxes", sandbox("refused")).status())
          .as("a retry is not a 409: the refused create left nothing behind")
          .isEqualTo(201);
      assertThat(emulator.post("/sandboxes", sandbox("later")).status()).isEqualTo(201);
    }
    for (String line : Files.readAllLines(dir.resolve("journal.jsonl"))) {
      assertThat(Json.parse(line).isObject()).as(line).isTrue();
    }
    try (EmulatorHarness restarted = new EmulatorHarness(dir)) {
      assertThat(names(restarted)).containsExactlyInAnyOrder("kept", "refused", "later");
    }
  }

  @Test
  void aChangeBuiltOnAFailedOneFailsWithItAndReadsNeverShowEither() throws Exception {
    try (EmulatorHarness emulator = emulator()) {
      CountDownLatch release = channel.holdWrites();
      CompletableFuture<EmulatorHarness.Answer> create =
          CompletableFuture.supplyAsync(() -> emulator.post("/sandboxes", sandbox("doomed")));
      Thread.sleep(200);
      CompletableFuture<List<String>> list = CompletableFuture.supplyAsync(() -> names(emulator));
      Thread.sleep(300);
      assertThat(list).as("a read waits until what it saw is durable").isNotDone();
      channel.failWrites(new IOException("File too large"), 0);
      release.countDown();

      assertThat(create.get(5, TimeUnit.SECONDS).status()).isEqualTo(500);
      assertThat(list.get(5, TimeUnit.SECONDS)).isEmpty();
      assertThat(names(emulator)).isEmpty();
    }
  }

  @Test
  void whenTheFileCannotBeCutBackTheEmulatorRefusesChangesAndSaysWhy() throws Exception {
    try (EmulatorHarness emulator = emulator()) {
      assertThat(emulator.post("/sandboxes", sandbox("kept")).status()).isEqualTo(201);
      channel
          .failWrites(FailingFileChannel.noSpace(), 5)
          .failTruncate(new IOException("Input/output error"));
      assertThat(emulator.post("/sandboxes", sandbox("refused")).status()).isEqualTo(500);
      channel.heal();

      EmulatorHarness.Answer next = emulator.post("/sandboxes", sandbox("next"));
      assertThat(next.status()).isEqualTo(500);
      assertThat(next.message())
          .contains("could not be cut back after a failed write (Input/output error)")
          .contains("the emulator takes no more changes");
      assertThat(emulator.problems())
          .as("said once where the emulator's operator sees it, not only to the next client")
          .singleElement()
          .asString()
          .contains("could not be cut back after a failed write (Input/output error)");
      assertThat(names(emulator)).containsExactly("kept");
    }
  }

  @Test
  void changesArrivingTogetherStillShareOneFsync() throws Exception {
    try (EmulatorHarness emulator = emulator()) {
      CountDownLatch release = channel.holdWrites();
      List<CompletableFuture<EmulatorHarness.Answer>> creates = new ArrayList<>();
      creates.add(
          CompletableFuture.supplyAsync(() -> emulator.post("/sandboxes", sandbox("box-0"))));
      Thread.sleep(200);
      int before = channel.forces();
      for (int i = 1; i <= 6; i++) {
        String name = "box-" + i;
        creates.add(
            CompletableFuture.supplyAsync(() -> emulator.post("/sandboxes", sandbox(name))));
      }
      Thread.sleep(300);
      release.countDown();
      for (var create : creates) {
        assertThat(create.get(5, TimeUnit.SECONDS).status()).isEqualTo(201);
      }
      assertThat(channel.forces() - before)
          .as("first write, then one for the six behind it")
          .isEqualTo(2);
    }
  }
}
