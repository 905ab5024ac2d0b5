package ai.pyromind.pyro.testing;

import ai.pyromind.pyro.api.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Response bodies taken from the API document's examples, kept as JSON files under {@code
 * src/test/resources/fixtures} and handed out compact, as a server sends them.
 */
public final class Fixtures {
  public static final String SANDBOX_1 = json("sandbox-1.json");
  public static final String SANDBOX_2 = json("sandbox-2.json");
  public static final String SANDBOX_DETAIL = json("sandbox-detail.json");
  public static final String INSTANCE_LIST = json("instance-list.json");
  public static final String INSTANCE_DETAIL = json("instance-detail.json");
  public static final String INFERENCE_LIST = json("inference-list.json");
  public static final String INFERENCE_DETAIL = json("inference-detail.json");
  public static final String TRAIN_LIST = json("train-list.json");
  public static final String TRAIN_DETAIL = json("train-detail.json");

  private Fixtures() {}

  /** A fixture file's JSON on one line; a missing or broken file fails the test that uses it. */
  public static String json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture src/test/resources/fixtures/" + name);
      }
      return Json.compact(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sandboxPage(int total, int page, int pageSize, String... items) {
    return CommandTest.envelope(
        200,
        "sandboxes listed successfully",
        "{\"total\":"
            + total
            + ",\"page\":"
            + page
            + ",\"page_size\":"
            + pageSize
            + ",\"sandboxes\":["
            + String.join(",", items)
            + "]}");
  }
}
