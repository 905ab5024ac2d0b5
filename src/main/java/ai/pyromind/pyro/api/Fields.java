package ai.pyromind.pyro.api;

/**
 * Names of the API's fields that more than one kind shares, in request bodies, answers and queries:
 * written once here for the commands, the views and the emulator.
 */
public final class Fields {
  public static final String NAME = "name";
  public static final String STATUS = "status";
  public static final String CREATE_TIME = "create_time";
  public static final String RESOURCE_CONFIG = "resource_config";
  public static final String CPU = "cpu";
  public static final String MEMORY = "memory";
  public static final String GPU = "gpu";
  public static final String PRIORITY = "priority";
  public static final String MODEL_NAME = "model_name";
  public static final String OUTPUT_CONFIG = "output_config";
  public static final String OUTPUT_BUCKET = "output_bucket";
  public static final String OUTPUT_PATH = "output_path";
  public static final String TOTAL = "total";

  /** Query parameters. */
  public static final String PAGE = "page";

  public static final String PAGE_SIZE = "page_size";
  public static final String FORCE = "force";
  public static final String DELETE_OUTPUT = "delete_output";
  public static final String INCLUDE_LOGS = "include_logs";
  public static final String LOG_LINES = "log_lines";

  private Fields() {}

  /** The JSON pointer of a part of {@code resource_config}: {@code /resource_config/cpu}. */
  public static String resource(String part) {
    return "/" + RESOURCE_CONFIG + "/" + part;
  }
}
