package ai.pyromind.pyro.cli.apply;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import ai.pyromind.pyro.testing.CommandTest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Project files and list stubs the apply and delete -f tests share. */
abstract class ApplyCommandTestBase extends CommandTest {
  static final String SANDBOX_DOC =
      """
      kind: sandbox
      name: sim-box
      sandbox_type: cpu-sandbox
      resource_config: {cpu: 4, memory: 16}
      """;
  static final String INSTANCE_DOC =
      """
      kind: instance
      name: lab
      resource_type: cpu
      resource_config: {cpu: 8, memory: 16}
      expire_time: 2024-01-20T00:00:00Z
      """;
  static final String SANDBOX_ITEM =
      "{\"sandbox_id\":\"sbx_1\",\"name\":\"sim-box\",\"status\":\"running\","
          + "\"sandbox_type\":\"cpu-sandbox\",\"create_time\":\"2024-01-01T00:00:00Z\","
          + "\"expire_time\":\"2024-01-08T00:00:00Z\",\"resource_config\":{\"cpu\":4,\"memory\":16,\"gpu\":0}}";
  static final String INSTANCE_ITEM =
      "{\"instance_id\":\"jp_100003\",\"name\":\"lab\",\"status\":\"running\",\"resource_type\":\"cpu\","
          + "\"resource_config\":{\"cpu\":4,\"memory\":16,\"gpu\":0},\"create_time\":\"2024-01-02T00:00:00Z\","
          + "\"expire_time\":\"2024-01-20T00:00:00.000Z\"}";

  Path file(String... documents) throws IOException {
    Path file = home.resolve("pyro.yaml");
    Files.writeString(file, String.join("---\n", documents));
    return file;
  }

  static void list(String path, String items, String... entries) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1" + path))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("100"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "listed",
                        "{\"total\":"
                            + entries.length
                            + ",\"page\":1,\"page_size\":100,\""
                            + items
                            + "\":["
                            + String.join(",", entries)
                            + "]}"))));
  }

  static List<RequestMethod> methodsSent() {
    return wm.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(r -> r.getMethod())
        .distinct()
        .toList();
  }
}
