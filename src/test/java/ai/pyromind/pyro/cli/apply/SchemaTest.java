package ai.pyromind.pyro.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apply --schema} describes the files apply reads: the README's example passes. */
class SchemaTest {
  @TempDir Path home;

  private JsonSchema schema() throws IOException {
    PyroRun.Result r = new PyroRun(home).run("apply", "--schema");
    assertThat(r.code()).as(r.toString()).isZero();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Json.parse(r.out()));
  }

  @Test
  void theSchemaGoesThroughJqAndYamlLikeAnyOtherResult() {
    PyroRun.Result title = new PyroRun(home).run("apply", "--schema", "--jq", ".title");
    assertThat(title.code()).as(title.toString()).isZero();
    assertThat(title.out()).isEqualTo("pyro project file\n");
    PyroRun.Result yaml = new PyroRun(home).run("apply", "--schema", "-o", "yaml");
    assertThat(yaml.code()).as(yaml.toString()).isZero();
    assertThat(yaml.out()).contains("\ntitle: pyro project file\n");
  }

  /** The first YAML block of the README's apply section. */
  static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### apply and delete -f");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmeExampleHasAllFourKindsAndIsValidForTheSchemaAndForApply() throws IOException {
    JsonSchema schema = schema();
    List<LocatedReader.Document> documents = LocatedReader.read(readmeExample());
    assertThat(documents)
        .extracting(d -> d.tree().path("kind").asText())
        .containsExactlyInAnyOrder("sandbox", "instance", "training", "inference");
    for (LocatedReader.Document d : documents) {
      assertThat(schema.validate(d.tree())).as(d.tree().toString()).isEmpty();
      assertThat(ResourceChecker.check(d, "README").name()).isNotBlank();
    }
  }

  @Test
  void theSchemaRefusesWhatApplyRefuses() throws IOException {
    JsonSchema schema = schema();
    JsonNode sandbox = LocatedReader.read(readmeExample()).get(0).tree();
    ObjectNode unknownField = sandbox.deepCopy();
    unknownField.put("sandbox_typ", "x");
    ObjectNode wrongKind = sandbox.deepCopy();
    wrongKind.put("kind", "bucket");
    ObjectNode missingType = sandbox.deepCopy();
    missingType.remove("sandbox_type");
    ObjectNode badEnum = LocatedReader.read(readmeExample()).get(1).tree().deepCopy();
    badEnum.put("resource_type", "tpu");
    for (JsonNode bad : List.of(unknownField, wrongKind, missingType, badEnum)) {
      assertThat(schema.validate(bad)).as(bad.toString()).isNotEmpty();
    }
  }
}
