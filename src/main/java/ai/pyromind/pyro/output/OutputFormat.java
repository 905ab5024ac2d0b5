package ai.pyromind.pyro.output;

import java.util.Locale;

/** The shapes {@code -o} accepts. */
public enum OutputFormat {
  TABLE,
  WIDE,
  JSON,
  YAML,
  ID;

  /** Parses a format name; null when it is none of them. */
  public static OutputFormat parse(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public boolean isStructured() {
    return this == JSON || this == YAML;
  }
}
