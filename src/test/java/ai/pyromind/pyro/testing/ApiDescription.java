package ai.pyromind.pyro.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's own description of the platform API, docs/openapi.yaml: its endpoints and its
 * documented error answers, one row per (endpoint, status, message).
 */
public final class ApiDescription {
  public static final Path FILE = Path.of("docs/openapi.yaml");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** One operation, as pyro's {@code @Drives} annotations name it: "GET /api/v1/sandboxes". */
  public record Endpoint(String method, String path) {
    public String key() {
      return method + " " + path;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** One documented error answer: the endpoint, the HTTP status, the envelope's message. */
  public record ErrorRow(Endpoint endpoint, int status, String message) {
    @Override
    public String toString() {
      return endpoint + " " + status + " " + message;
    }
  }

  private final JsonNode document;

  private ApiDescription(JsonNode document) {
    this.document = document;
  }

  /** Reads docs/openapi.yaml (tests run from the project's root). */
  public static ApiDescription load() {
    return load(FILE);
  }

  public static ApiDescription load(Path file) {
    try {
      return new ApiDescription(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole document, for a test that needs more than endpoints and error rows. */
  public JsonNode document() {
    return document;
  }

  /** Every operation, in the document's order. */
  public List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    forEachOperation((endpoint, operation) -> endpoints.add(endpoint));
    return endpoints;
  }

  /** Every documented error answer (status 400 and up), in the document's order. */
  public List<ErrorRow> errorRows() {
    List<ErrorRow> rows = new ArrayList<>();
    forEachOperation(
        (endpoint, operation) ->
            operation
                .path("responses")
                .fields()
                .forEachRemaining(
                    response -> {
                      int status = Integer.parseInt(response.getKey());
                      if (status >= 400) {
                        for (JsonNode message : response.getValue().path("x-error-messages")) {
                          rows.add(new ErrorRow(endpoint, status, message.asText()));
                        }
                      }
                    }));
    return rows;
  }

  private void forEachOperation(java.util.function.BiConsumer<Endpoint, JsonNode> action) {
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fields()
          .forEachRemaining(
              op -> {
                if (METHODS.contains(op.getKey())) {
                  Endpoint endpoint =
                      new Endpoint(op.getKey().toUpperCase(Locale.ROOT), path.getKey());
                  action.accept(endpoint, op.getValue());
                }
              });
    }
  }
}
