package ai.pyromind.pyro.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.ApiDescription;
import ai.pyromind.pyro.testing.ApiDescription.Endpoint;
import ai.pyromind.pyro.testing.ApiDescription.ErrorRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml: an OpenAPI 3.1 document of the 25 endpoints and 59 error answers. */
class OpenApiDocumentTest {
  private final ApiDescription api = ApiDescription.load();

  @Test
  void itIsOpenApi31WithTheTwentyFiveEndpointsOnce() {
    assertThat(api.document().path("openapi").asText()).isEqualTo("3.1.0");
    List<Endpoint> endpoints = api.endpoints();
    assertThat(endpoints).hasSize(25).doesNotHaveDuplicates();
    assertThat(endpoints)
        .contains(
            new Endpoint("GET", "/api/v1/sandboxes"),
            new Endpoint("POST", "/api/v1/sandboxes/{sandbox_id}/actions/batch"),
            new Endpoint("PUT", "/api/v1/instances/{instance_id}"),
            new Endpoint("POST", "/api/v1/training/jobs/{job_id}/resume"));
  }

  @Test
  void itHoldsTheFiftyNineDocumentedErrorAnswersEachWithItsMessage() {
    List<ErrorRow> rows = api.errorRows();
    assertThat(rows).hasSize(59).doesNotHaveDuplicates();
    assertThat(rows)
        .contains(
            new ErrorRow(
                new Endpoint("DELETE", "/api/v1/sandboxes/{sandbox_id}"),
                409,
                "sandbox has running tasks, use force=true to delete"),
            new ErrorRow(
                new Endpoint("POST", "/api/v1/sandboxes/{sandbox_id}/actions/batch"),
                500,
                "some batch actions failed"));
    assertThat(rows).allSatisfy(row -> assertThat(row.message()).isNotBlank());
  }

  @Test
  void everyErrorResponseListsItsMessagesAndEveryReferenceResolves() {
    JsonNode paths = api.document().path("paths");
    paths.fields().forEachRemaining(path -> checkResponses(path.getKey(), path.getValue()));
    List<String> refs = new java.util.ArrayList<>();
    collectRefs(api.document(), refs);
    assertThat(refs).isNotEmpty();
    for (String ref : new HashSet<>(refs)) {
      assertThat(api.document().at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void checkResponses(String path, JsonNode item) {
    item.fields()
        .forEachRemaining(
            op -> {
              if (op.getKey().equals("parameters")) {
                return;
              }
              for (Map.Entry<String, JsonNode> response :
                  iterable(op.getValue().path("responses"))) {
                String where = op.getKey() + " " + path + " " + response.getKey();
                boolean error = Integer.parseInt(response.getKey()) >= 400;
                assertThat(response.getValue().path("x-error-messages").size() > 0)
                    .as(where + " has x-error-messages")
                    .isEqualTo(error);
                JsonNode example =
                    response.getValue().path("content").path("application/json").path("example");
                if (!example.isMissingNode()) {
                  assertThat(example.path("code").asText()).as(where).isEqualTo(response.getKey());
                }
              }
            });
  }

  private static void collectRefs(JsonNode node, List<String> into) {
    if (node.has("$ref")) {
      into.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, into));
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
