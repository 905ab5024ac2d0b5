package ai.pyromind.pyro.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.pyromind.pyro.testing.ApiDescription;
import ai.pyromind.pyro.testing.ApiDescription.Endpoint;
import ai.pyromind.pyro.testing.ApiDescription.ErrorRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the platform's API document lies beside the clone (as in CI), docs/openapi.yaml says what
 * it says: the same endpoints and the same error answers, message for message.
 */
class ApiDocumentAgreementTest {
  private static final Path API_DOC = Path.of("../shared/pyromind-api.md");
  private static final Pattern ENDPOINT_ROW =
      Pattern.compile("^\\| (GET|POST|PUT|DELETE|PATCH) \\| (/api/v1/\\S+) \\|", Pattern.MULTILINE);
  private static final Pattern SECTION =
      Pattern.compile("^### \\d+\\.\\d+ (GET|POST|PUT|DELETE|PATCH) (/api/v1/\\S+)$");
  private static final Pattern ERROR_ROW =
      Pattern.compile("^\\| ([45]\\d\\d) \\| .*?\"message\": \"((?:[^\"\\\\]|\\\\.)*)\"");

  private String markdown;

  @BeforeEach
  void readTheApiDocument() throws Exception {
    assumeTrue(
        Files.isRegularFile(API_DOC),
        "skipped: " + API_DOC + " is not beside this clone; docs/openapi.yaml stands alone");
    markdown = Files.readString(API_DOC, StandardCharsets.UTF_8);
  }

  @Test
  void theSameEndpoints() {
    List<Endpoint> documented = new ArrayList<>();
    Matcher m = ENDPOINT_ROW.matcher(markdown);
    while (m.find()) {
      documented.add(new Endpoint(m.group(1), m.group(2)));
    }
    assertThat(ApiDescription.load().endpoints()).containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void theSameErrorAnswers() {
    List<ErrorRow> documented = new ArrayList<>();
    Endpoint section = null;
    for (String line : markdown.split("\n")) {
      Matcher heading = SECTION.matcher(line);
      if (heading.matches()) {
        section = new Endpoint(heading.group(1), heading.group(2));
      }
      Matcher row = ERROR_ROW.matcher(line);
      if (row.find()) {
        assertThat(section).as("an error row before any endpoint: " + line).isNotNull();
        documented.add(new ErrorRow(section, Integer.parseInt(row.group(1)), row.group(2)));
      }
    }
    assertThat(documented).hasSize(59);
    assertThat(ApiDescription.load().errorRows()).containsExactlyInAnyOrderElementsOf(documented);
  }
}
