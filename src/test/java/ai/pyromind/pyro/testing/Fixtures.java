package ai.pyromind.pyro.testing;

/** Response bodies taken from the API document's examples. */
public final class Fixtures {
  public static final String SANDBOX_1 =
      "{\"sandbox_id\":\"sbx_123456789\",\"name\":\"GPU-Sandbox-001\",\"status\":\"running\","
          + "\"sandbox_type\":\"gpu-sandbox\",\"create_time\":\"2024-01-01T00:00:00Z\","
          + "\"expire_time\":\"2024-01-08T00:00:00Z\",\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":2}}";
  public static final String SANDBOX_2 =
      "{\"sandbox_id\":\"sbx_987654321\",\"name\":\"My-GPU-Sandbox-2024\",\"status\":\"pending\","
          + "\"sandbox_type\":\"gpu-sandbox\",\"create_time\":\"2024-01-04T23:59:48Z\","
          + "\"expire_time\":\"2024-01-12T00:00:00Z\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
          + "\"owner_team\":\"rl-lab\"}";
  public static final String SANDBOX_DETAIL =
      "{\"sandbox_id\":\"sbx_987654321\",\"name\":\"My-GPU-Sandbox-2024\",\"status\":\"running\","
          + "\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
          + "\"screen_resolution\":{\"width\":2560,\"height\":1440},\"create_time\":\"2024-01-01T00:00:00Z\","
          + "\"expire_time\":\"2024-01-15T00:00:00Z\",\"vnc_info\":{\"host\":\"vnc.pyromind.ai\",\"port\":5901,"
          + "\"password\":\"temp_123456\"}}";

  private Fixtures() {}

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
