package ai.pyromind.pyro.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.emulator.DocumentedErrorTriggers.Trigger;
import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import ai.pyromind.pyro.testing.ApiDescription;
import ai.pyromind.pyro.testing.ApiDescription.ErrorRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/emulator-errors.md against docs/openapi.yaml: every documented error answer has its row
 * (endpoint, status, message, trigger, exit code), and its trigger, driven against a real emulator,
 * answers that status with that exact message.
 */
class EmulatorErrorsTableTest {
  private static final Path TABLE = Path.of("docs/emulator-errors.md");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| (GET|POST|PUT|DELETE) (/api/v1/\\S+) \\| (\\d{3}) \\| `([^`]*)` \\| (.+) \\| (\\d+) \\|$",
          Pattern.MULTILINE);
  private final List<ErrorRow> documented = ApiDescription.load().errorRows();

  private record TableRow(String key, String message, String trigger, int exit) {}

  private static Map<String, TableRow> table() throws IOException {
    Map<String, TableRow> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(Files.readString(TABLE, StandardCharsets.UTF_8));
    while (m.find()) {
      String key = m.group(1) + " " + m.group(2) + " " + m.group(3);
      rows.put(
          key + " " + m.group(4),
          new TableRow(key, m.group(4), m.group(5).trim(), Integer.parseInt(m.group(6))));
    }
    return rows;
  }

  private static String key(ErrorRow row) {
    return row.endpoint().key() + " " + row.status();
  }

  @Test
  void theTableHasARowWithTriggerAndExitCodeForEveryDocumentedErrorAndNoOther() throws IOException {
    assertThat(documented).hasSize(59);
    Map<String, TableRow> table = table();
    List<String> missing = new ArrayList<>();
    for (ErrorRow row : documented) {
      TableRow found = table.remove(key(row) + " " + row.message());
      if (found == null) {
        missing.add(row.toString());
        continue;
      }
      assertThat(found.trigger()).as(row.toString()).isNotBlank();
      assertThat(found.exit())
          .as("exit code of " + row)
          .isEqualTo(ExitCode.forStatus(row.status()));
    }
    assertThat(missing).as("documented errors without a row in " + TABLE).isEmpty();
    assertThat(table.keySet()).as("rows of " + TABLE + " the API does not document").isEmpty();
  }

  @Test
  void everyTriggerBelongsToADocumentedError() {
    List<String> keys = documented.stream().map(EmulatorErrorsTableTest::key).toList();
    assertThat(keys).containsAll(DocumentedErrorTriggers.all().keySet());
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentedErrorIsReproducedWithItsExactMessage() {
    return documented.stream()
        .map(row -> DynamicTest.dynamicTest(row.toString(), () -> reproduce(row)));
  }

  private void reproduce(ErrorRow row) throws IOException {
    List<Trigger> triggers = DocumentedErrorTriggers.all().get(key(row));
    assertThat(triggers).as("a trigger for " + row).isNotNull();
    String[] alternatives = row.message().split(" / ");
    assertThat(triggers).as("one trigger per message of " + row).hasSize(alternatives.length);
    for (int i = 0; i < triggers.size(); i++) {
      Trigger trigger = triggers.get(i);
      try (EmulatorHarness emu = new EmulatorHarness(null, trigger.capacity())) {
        Answer answer = trigger.drive().apply(emu);
        String expected = trigger.message() != null ? trigger.message() : alternatives[i];
        assertThat(answer.status()).as(row + ": " + answer.envelope()).isEqualTo(row.status());
        assertThat(answer.envelope().path("code").asInt()).isEqualTo(row.status());
        assertThat(answer.message()).as(row.toString()).isEqualTo(expected);
        assertData(row, answer.data());
      }
    }
  }

  /** null where the document shows null; else what it shows, the ids aside. */
  private static void assertData(ErrorRow row, JsonNode data) {
    JsonNode expected = ApiDescription.load().errorData(row);
    if (expected.isNull()) {
      assertThat(data.isNull()).as(row + " data: " + data).isTrue();
      return;
    }
    expected
        .fields()
        .forEachRemaining(
            field -> {
              if (!field.getKey().endsWith("_id")) {
                assertThat(data.path(field.getKey()))
                    .as(row + " " + field.getKey())
                    .isEqualTo(field.getValue());
              }
            });
  }
}
