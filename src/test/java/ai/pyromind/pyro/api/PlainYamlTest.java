package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-YAML reader builds what the YAML library builds, or leaves the text to it. */
class PlainYamlTest {
  private static final List<String> VALUES =
      List.of(
          "http://127.0.0.1:46077",
          "https://pyromind.ai",
          "pm_local_d9f579e05a7300af2084aa9fa844ca56",
          "json",
          "table",
          "auto",
          "never",
          "30s",
          "1h30m",
          "250ms",
          "5d",
          "3",
          "0",
          "1e5",
          "0x1F",
          "0o7",
          "0b1",
          "1_000",
          "12:30",
          "190:20:30",
          "2001-12-14",
          "1.5",
          ".5",
          ".inf",
          ".NaN",
          "-1",
          "+1",
          "true",
          "True",
          "FALSE",
          "yes",
          "No",
          "on",
          "OFF",
          "y",
          "N",
          "null",
          "Null",
          "~",
          "",
          "a b",
          "a: b",
          "a:",
          "a#b",
          "a #b",
          "#x",
          "'q'",
          "\"q\"",
          "*alias",
          "&anchor",
          "!tag",
          "@at",
          "%p",
          "?q",
          "-",
          "- x",
          "[a]",
          "{a: b}",
          "a,b",
          "=x",
          "x=y",
          "a/b",
          "a:b",
          "A.B",
          "_x",
          "é",
          "日本",
          "\tt",
          "x ",
          " x",
          "|",
          ">",
          "a\\b",
          "a'b",
          "x\r",
          "\u001b[31mred",
          "a\u0000b",
          "\u202Eevil");
  private static final List<String> KEYS =
      List.of(
          "api_url",
          "token",
          "current_profile",
          "profiles",
          "a",
          "B",
          "_k",
          "k-1",
          "true",
          "null",
          "yes",
          "1",
          "a b",
          "a.b",
          "é",
          "k:",
          "",
          "~",
          "-k");

  @Test
  void pyrosOwnConfigIsReadAsTheLibraryReadsIt() throws Exception {
    String config =
        "current_profile: local\n"
            + "profiles:\n"
            + "  local:\n"
            + "    api_url: http://127.0.0.1:46077\n"
            + "    token: pm_local_d9f579e05a7300af2084aa9fa844ca56\n"
            + "  ci:\n"
            + "    api_url: https://pyromind.ai\n"
            + "    request_timeout: 30s\n";
    JsonNode plain = PlainYaml.read(config);
    assertThat(plain).isNotNull().isEqualTo(Json.parseYamlWithTheLibrary(config));
    assertThat(plain.at("/profiles/ci/request_timeout").asText()).isEqualTo("30s");
  }

  @Test
  void onThousandsOfGeneratedDocumentsItAgreesWithTheLibraryOrStandsAside() throws Exception {
    Random random = new Random(20261202);
    int readPlainly = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = document(random);
      JsonNode plain = PlainYaml.read(text);
      if (plain == null) {
        continue;
      }
      readPlainly++;
      JsonNode library;
      try {
        library = Json.parseYamlWithTheLibrary(text);
      } catch (Exception e) {
        throw new AssertionError("read plainly, refused by the library:\n" + text, e);
      }
      assertThat(plain).as(text).isEqualTo(library);
    }
    assertThat(readPlainly).as("documents in the subset").isGreaterThan(500);
  }

  private static String document(Random random) {
    StringBuilder text = new StringBuilder();
    int lines = 1 + random.nextInt(8);
    int depth = 0;
    for (int i = 0; i < lines; i++) {
      int indent = random.nextInt(10) == 0 ? random.nextInt(5) : 2 * depth;
      String key = KEYS.get(random.nextInt(random.nextInt(4) == 0 ? KEYS.size() : 6));
      text.append(" ".repeat(indent)).append(key).append(':');
      if (random.nextInt(3) == 0 && i < lines - 1) {
        depth++;
      } else {
        String value = VALUES.get(random.nextInt(random.nextBoolean() ? 12 : VALUES.size()));
        text.append(' ').append(value);
        if (random.nextInt(3) == 0) {
          depth = random.nextInt(depth + 1);
        }
      }
      if (random.nextInt(12) == 0) {
        text.append('\n');
      }
      text.append(i < lines - 1 || random.nextBoolean() ? "\n" : "");
    }
    return text.toString();
  }
}
