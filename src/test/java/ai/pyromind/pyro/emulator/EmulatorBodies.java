package ai.pyromind.pyro.emulator;

/** Request bodies for emulator tests: the document's examples with the parts a test varies. */
final class EmulatorBodies {
  private EmulatorBodies() {}

  static String resources(int cpu, int memory, int gpu) {
    return "{\"cpu\":" + cpu + ",\"memory\":" + memory + ",\"gpu\":" + gpu + "}";
  }

  static String sandbox(String name, String resources) {
    return "{\"name\":\""
        + name
        + "\",\"sandbox_type\":\"gpu-sandbox\",\"resource_config\":"
        + resources
        + "}";
  }

  static String instance(String name, String resources, String mountPath) {
    return "{\"name\":\""
        + name
        + "\",\"resource_type\":\"gpu\",\"resource_config\":"
        + resources
        + (mountPath == null
            ? ""
            : ",\"workspace_mount\":{\"bucket_name\":\"user-data\",\"mount_path\":\""
                + mountPath
                + "\"}")
        + "}";
  }

  static String inference(String name, String model, String resources, String outputBucket) {
    return "{\"name\":\""
        + name
        + "\",\"model_type\":\"rl\",\"model_name\":\""
        + model
        + "\",\"model_version\":\"v3.2\",\"resource_config\":"
        + resources
        + ",\"input_config\":{\"data_source\":\"s3://user-data/in.csv\"},"
        + "\"output_config\":{\"output_bucket\":\""
        + outputBucket
        + "\",\"output_path\":\"/inference-outputs/r\"}}";
  }

  /** A ten-epoch job (two seconds an epoch) saving a checkpoint every third epoch. */
  static String training(
      String name, String resources, String outputBucket, String outputPath, String logPath) {
    return "{\"name\":\""
        + name
        + "\",\"training_framework\":\"pytorch\",\"model_name\":\"ppo-lunar\",\"resource_config\":"
        + resources
        + ",\"data_config\":{\"train_data_source\":\"s3://user-data/train\"},"
        + "\"hyperparameters\":{\"learning_rate\":0.0003,\"epochs\":10},"
        + "\"output_config\":{\"output_bucket\":\""
        + outputBucket
        + "\",\"output_path\":\""
        + outputPath
        + "\",\"save_frequency\":3},"
        + "\"log_config\":{\"log_tool\":\"tensorboard\",\"log_path\":\""
        + logPath
        + "\"}}";
  }
}
