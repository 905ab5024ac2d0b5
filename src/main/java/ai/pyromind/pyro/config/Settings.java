package ai.pyromind.pyro.config;

import java.util.Map;

/**
 * The settings in force for one run, each resolved option > environment > profile > default, with
 * where the token and URL came from (for {@code auth status}).
 */
public record Settings(
    String profile,
    String apiUrl,
    String apiUrlSource,
    String token,
    String tokenSource,
    String output,
    String requestTimeout,
    String color,
    String retries,
    boolean allowInsecureHttp,
    String caFile,
    String maxResponseMb) {

  public static final String DEFAULT_API_URL = "https://pyromind.ai";

  /** Values given as options on the command line; null where absent. */
  public record Options(
      String profile,
      String apiUrl,
      String output,
      String requestTimeout,
      String color,
      String retries,
      boolean allowInsecureHttp,
      String caFile) {}

  public static Settings resolve(Options options, Map<String, String> env, Config config) {
    String profile = first(options.profile(), env.get("PYRO_PROFILE"), config.currentProfile());
    String apiUrl;
    String apiUrlSource;
    if (present(options.apiUrl())) {
      apiUrl = options.apiUrl();
      apiUrlSource = "--api-url";
    } else if (present(env.get("PYRO_API_URL"))) {
      apiUrl = env.get("PYRO_API_URL");
      apiUrlSource = "PYRO_API_URL";
    } else if (present(config.get(profile, "api_url"))) {
      apiUrl = config.get(profile, "api_url");
      apiUrlSource = "profile " + profile;
    } else {
      apiUrl = DEFAULT_API_URL;
      apiUrlSource = "default";
    }
    String token;
    String tokenSource;
    if (present(env.get("PYRO_TOKEN"))) {
      token = env.get("PYRO_TOKEN").trim();
      tokenSource = "PYRO_TOKEN";
    } else if (present(config.get(profile, "token"))) {
      token = config.get(profile, "token");
      tokenSource = "profile " + profile;
    } else {
      token = null;
      tokenSource = "none";
    }
    return new Settings(
        profile,
        apiUrl,
        apiUrlSource,
        token,
        tokenSource,
        first(options.output(), env.get("PYRO_OUTPUT"), config.get(profile, "output"), "table"),
        first(options.requestTimeout(), config.get(profile, "request_timeout"), "30s"),
        first(options.color(), config.get(profile, "color"), "auto"),
        first(options.retries(), env.get("PYRO_MAX_RETRIES"), config.get(profile, "retries"), "3"),
        options.allowInsecureHttp()
            || "true".equalsIgnoreCase(config.get(profile, "allow_insecure_http")),
        first(options.caFile(), config.get(profile, "ca_file")),
        first(env.get("PYRO_MAX_RESPONSE_MB"), config.get(profile, "max_response_mb"), "64"));
  }

  private static String first(String... values) {
    for (String v : values) {
      if (present(v)) {
        return v;
      }
    }
    return null;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
