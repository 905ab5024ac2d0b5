package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.pyromind.pyro.testing.PyroRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the journal back: a torn end is dropped, damage anywhere else stops the start. */
class EmulatorJournalTest {
  @TempDir Path dir;

  private Path journal() {
    return dir.resolve("journal.jsonl");
  }

  /** Five sandboxes, five journal lines. */
  private void writeFiveChanges() throws Exception {
    try (EmulatorHarness emulator = new EmulatorHarness(dir)) {
      for (int i = 1; i <= 5; i++) {
        assertThat(emulator.post("/sandboxes", sandbox("box-" + i)).status()).isEqualTo(201);
      }
    }
    assertThat(Files.readAllLines(journal())).hasSize(5);
  }

  static String sandbox(String name) {
    return "{\"name\":\""
        + name
        + "\",\"sandbox_type\":\"cpu-sandbox\",\"resource_config\":{\"cpu\":1,\"memory\":1}}";
  }

  private void replaceLine(int number, String text) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(journal()));
    lines.set(number - 1, text);
    Files.writeString(journal(), String.join("\n", lines) + "\n");
  }

  private List<String> names(EmulatorHarness emulator) {
    List<String> names = new ArrayList<>();
    emulator
        .get("/sandboxes")
        .data()
        .path("sandboxes")
        .forEach(s -> names.add(s.path("name").asText()));
    return names;
  }

  @Test
  void aFlippedByteInTheMiddleStopsTheStartNamesTheLineAndLeavesTheFileAlone() throws Exception {
    writeFiveChanges();
    String second = Files.readAllLines(journal()).get(1);
    replaceLine(2, second.replaceFirst("\\{", "\u0001"));
    byte[] before = Files.readAllBytes(journal());

    assertThatThrownBy(() -> new EmulatorHarness(dir))
        .isInstanceOf(StartFailure.class)
        .hasMessageStartingWith(journal() + ":2: not valid JSON (")
        .hasMessageNotContaining("\n");
    assertThat(Files.readAllBytes(journal())).isEqualTo(before);
  }

  @Test
  void aStartRefusedForADamagedLineLeavesItsPortFree() throws Exception {
    writeFiveChanges();
    replaceLine(2, "{\"op\":\"no.such.operation\",\"at\":\"2024-01-05T00:00:00Z\"}");
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    EmulatorConfig config =
        new EmulatorConfig("127.0.0.1", port, "t", 1.0, dir, () -> EmulatorHarness.START);
    assertThatThrownBy(() -> EmulatorServer.start(config))
        .isInstanceOf(StartFailure.class)
        .hasMessageStartingWith(
            journal() + ":2: cannot be applied (java.lang.IllegalArgumentException: unknown");
    replaceLine(2, Files.readAllLines(journal()).get(0).replace("box-1", "box-x"));
    EmulatorServer.start(config).close();
  }

  @Test
  void aWellFormedLineWithAnEmptyTimeIsRefusedLikeDamage() throws Exception {
    writeFiveChanges();
    String third = Files.readAllLines(journal()).get(2);
    replaceLine(3, third.replaceFirst("\"at\":\"[^\"]*\"", "\"at\":\"\""));
    byte[] before = Files.readAllBytes(journal());

    assertThatThrownBy(() -> new EmulatorHarness(dir))
        .isInstanceOf(StartFailure.class)
        .hasMessageStartingWith(journal() + ":3: \"at\" is not a time: \"\"");
    assertThat(Files.readAllBytes(journal())).isEqualTo(before);
  }

  @Test
  void aTornLastLineIsDroppedAndEverythingBeforeItKept() throws Exception {
    writeFiveChanges();
    long length = Files.size(journal());
    Files.writeString(
        journal(),
        "{\"op\":\"sandbox.create\",\"id\":\"sb",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    try (EmulatorHarness emulator = new EmulatorHarness(dir)) {
      assertThat(names(emulator))
          .containsExactlyInAnyOrder("box-1", "box-2", "box-3", "box-4", "box-5");
    }
    assertThat(Files.size(journal())).isEqualTo(length);
  }

  @Test
  void aLastLineThatIsNotJsonIsDroppedAsTorn() throws Exception {
    writeFiveChanges();
    replaceLine(5, "{\"op\":\"sandbox.cr\u0000\u0000\u0000");

    try (EmulatorHarness emulator = new EmulatorHarness(dir)) {
      assertThat(names(emulator)).containsExactlyInAnyOrder("box-1", "box-2", "box-3", "box-4");
    }
  }

  @Test
  void emulatorStartSaysWhichLineInOneLineAndExits1() throws Exception {
    writeFiveChanges();
    replaceLine(2, "{\"op\":\"sandbox.create\",\"at\":\"yesterday\"}");

    PyroRun.Result result =
        new PyroRun(dir)
            .env("PYRO_EMULATOR_TOKEN", "t")
            .run("emulator", "start", "--port", "0", "--data", dir.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "error: "
                + journal()
                + ":2: \"at\" is not a time: \"yesterday\"; the journal is left as it is: repair"
                + " or remove that line, then start again\n");
  }

  @Test
  void aNewDataDirIsPrivateAndTheJournalIsReadableByItsOwnerOnly() throws Exception {
    Path data = dir.resolve("new").resolve("data");
    try (EmulatorHarness emulator = new EmulatorHarness(data)) {
      assertThat(emulator.post("/sandboxes", sandbox("box-1")).status()).isEqualTo(201);
    }
    assertThat(permissions(data)).isEqualTo("rwx------");
    assertThat(permissions(data.resolve("journal.jsonl"))).isEqualTo("rw-------");
  }

  @Test
  void anExistingJournalOthersCouldReadIsMadePrivate() throws Exception {
    writeFiveChanges();
    Files.setPosixFilePermissions(journal(), PosixFilePermissions.fromString("rw-rw-rw-"));
    new EmulatorHarness(dir).close();
    assertThat(permissions(journal())).isEqualTo("rw-------");
  }

  @Test
  void aSecondEmulatorOnTheSameDataDirIsRefusedBeforeItTouchesTheJournal() throws Exception {
    writeFiveChanges();
    try (EmulatorHarness first = new EmulatorHarness(dir)) {
      assertThatThrownBy(() -> new EmulatorHarness(dir))
          .isInstanceOf(StartFailure.class)
          .hasMessage(
              "the data dir "
                  + dir
                  + " is in use by another emulator; stop it first (pyro emulator stop --data "
                  + dir
                  + ") or start this one with another --data");
      assertThat(first.post("/sandboxes", sandbox("box-6")).status()).isEqualTo(201);
    }
    assertThat(Files.readAllLines(journal())).hasSize(6);
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
