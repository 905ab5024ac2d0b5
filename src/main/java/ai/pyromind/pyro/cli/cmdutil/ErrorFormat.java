package ai.pyromind.pyro.cli.cmdutil;

import java.util.Locale;

/** How errors are written on stderr: an {@code error:} line, or one JSON object for scripts. */
public enum ErrorFormat {
  TEXT,
  JSON;

  /**
   * The format asked for on a command line that picocli could not parse: {@code --error-format},
   * else JSON when {@code -o json} or {@code --jq} is among the arguments or PYRO_OUTPUT is json.
   */
  public static ErrorFormat fromArgs(String[] args, String envOutput) {
    String output = envOutput;
    boolean jq = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String next = i + 1 < args.length ? args[i + 1] : "";
      if (arg.equals("--")) {
        break;
      } else if (arg.equals("--error-format")) {
        return parse(next);
      } else if (arg.startsWith("--error-format=")) {
        return parse(arg.substring("--error-format=".length()));
      } else if (arg.equals("-o") || arg.equals("--output")) {
        output = next;
      } else if (arg.startsWith("--output=")) {
        output = arg.substring("--output=".length());
      } else if (arg.startsWith("-o") && !arg.startsWith("--")) {
        output = arg.substring(2).replaceFirst("^=", "");
      } else if (arg.equals("--jq") || arg.startsWith("--jq=")) {
        jq = true;
      }
    }
    return jq || "json".equalsIgnoreCase(output == null ? "" : output.trim()) ? JSON : TEXT;
  }

  private static ErrorFormat parse(String name) {
    return "json".equals(name.trim().toLowerCase(Locale.ROOT)) ? JSON : TEXT;
  }
}
