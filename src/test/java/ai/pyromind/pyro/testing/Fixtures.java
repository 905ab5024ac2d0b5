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

  public static final String INSTANCE_LIST =
      "{\"total\":35,\"page\":1,\"page_size\":20,\"instances\":["
          + "{\"instance_id\":\"jp_100001\",\"name\":\"GPU-Instance-2024\",\"status\":\"running\",\"resource_type\":\"gpu\","
          + "\"resource_config\":{\"cpu\":12,\"memory\":48,\"gpu\":2},\"create_time\":\"2024-01-02T09:30:00Z\",\"expire_time\":\"2024-01-16T09:30:00Z\"},"
          + "{\"instance_id\":\"jp_100002\",\"name\":\"CPU-Instance-Basic\",\"status\":\"paused\",\"resource_type\":\"cpu\","
          + "\"resource_config\":{\"cpu\":8,\"memory\":16,\"gpu\":0},\"create_time\":\"2024-01-03T14:15:00Z\",\"expire_time\":\"2024-01-17T14:15:00Z\"}]}";
  public static final String INSTANCE_DETAIL =
      "{\"instance_id\":\"jp_100003\",\"name\":\"RL-Experiment-Instance\",\"status\":\"running\",\"resource_type\":\"gpu\","
          + "\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},\"image\":\"pyromind-instance:2.3.1\","
          + "\"create_time\":\"2024-01-04T10:00:00Z\",\"expire_time\":\"2024-01-20T18:00:00Z\","
          + "\"access_url\":\"https://instances.pyromind.ai/jp_100003\",\"workspace_mount\":{\"bucket_name\":\"user-123456789-data\","
          + "\"mount_path\":\"/home/jovyan/work\",\"status\":\"bound\"},\"resource_usage\":{\"cpu_used\":8.2,\"memory_used\":32.5,"
          + "\"gpu_used\":2.1},\"logs\":\"2024-01-04T10:05:00Z - Instance started successfully\\n2024-01-04T10:06:00Z - Kernel ready\"}";
  public static final String INFERENCE_LIST =
      "{\"total\":45,\"page\":1,\"page_size\":20,\"jobs\":[{\"job_id\":\"inf_200003\",\"name\":\"RL-Traffic-Control-Inference\","
          + "\"status\":\"running\",\"progress\":65,\"create_time\":\"2024-01-04T13:00:00Z\"},{\"job_id\":\"inf_200004\","
          + "\"name\":\"NLP-Batch\",\"status\":\"success\",\"progress\":100,\"create_time\":\"2024-01-03T08:00:00Z\",\"model_type\":\"nlp\"}]}";
  public static final String INFERENCE_DETAIL =
      "{\"job_id\":\"inf_200003\",\"name\":\"RL-Traffic-Control-Inference\",\"status\":\"running\",\"progress\":65,"
          + "\"resource_usage\":{\"gpu_used\":1.8,\"cpu_used\":6.5,\"memory_used\":28.3},\"input_config\":{\"data_source\":"
          + "\"s3://user-data/inference-inputs/traffic-2024.csv\",\"data_format\":\"csv\",\"batch_size\":64},\"output_config\":"
          + "{\"output_bucket\":\"user-data\",\"output_path\":\"/inference-outputs/traffic-result\",\"output_format\":\"parquet\"},"
          + "\"logs\":[\"2024-01-04T13:05:00Z - Inference started\",\"2024-01-04T13:10:00Z - Processed 16000 rows\"]}";
  public static final String TRAIN_LIST =
      "{\"total\":89,\"page\":1,\"page_size\":20,\"jobs\":[{\"job_id\":\"train_300001\",\"name\":\"RL-PPO-LunarLander-Training\","
          + "\"status\":\"running\",\"progress\":42,\"create_time\":\"2024-01-04T09:00:00Z\"}]}";
  public static final String TRAIN_DETAIL =
      "{\"job_id\":\"train_300001\",\"name\":\"RL-PPO-LunarLander-Training\",\"status\":\"running\",\"progress\":58,"
          + "\"resource_usage\":{\"gpu_used\":3.8,\"cpu_used\":12.4},\"hyperparameters\":{\"learning_rate\":0.0003,\"batch_size\":256,"
          + "\"epochs\":100,\"gamma\":0.99},\"metrics\":{\"train_loss\":0.087,\"val_loss\":0.123,\"reward_mean\":289.4},"
          + "\"logs\":[\"2024-01-04T09:00:05Z - Training started\",\"2024-01-04T09:01:10Z - Epoch 1/100 - train_loss=0.912\"]}";

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
