package ai.pyromind.pyro.config;

/** The config file cannot be read or holds something pyro cannot use. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
