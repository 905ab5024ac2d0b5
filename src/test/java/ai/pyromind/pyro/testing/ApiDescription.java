package ai.pyromind.pyro.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
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
import java.util.function.BiConsumer;

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

  /**
   * The {@code data} of a documented error envelope: null, except where the document shows more
   * (the results of a partly failed batch, in the response's {@code example}).
   */
  public JsonNode errorData(ErrorRow row) {
    JsonNode data =
        document
            .path("paths")
            .path(row.endpoint().path())
            .path(row.endpoint().method().toLowerCase(Locale.ROOT))
            .path("responses")
            .path(String.valueOf(row.status()))
            .path("content")
            .path("application/json")
            .path("example")
            .path("data");
    return data.isMissingNode() ? NullNode.getInstance() : data;
  }

  private void forEachOperation(BiConsumer<Endpoint, JsonNode> action) {
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
