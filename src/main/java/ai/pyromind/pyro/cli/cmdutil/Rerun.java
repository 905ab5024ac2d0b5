package ai.pyromind.pyro.cli.cmdutil;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pyro command line to show in a hint ("Follow again with: ..."): it repeats the global options
 * this run was given, so it talks to the same profile and server and prints the same way. Words are
 * shell-quoted; a URL loses any user:password it carries (no global option holds a token).
 */
public final class Rerun {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

  private Rerun() {}

  static String line(PyroCommand globals, String... words) {
    return build(globals, true, words);
  }

  /** Another command for the same profile and server: only {@code -p} and {@code --api-url}. */
  static String sameTarget(PyroCommand globals, String... words) {
    return build(globals, false, words);
  }

  private static String build(PyroCommand globals, boolean allGlobals, String... words) {
    List<String> args = new ArrayList<>(List.of("pyro"));
    if (globals != null) {
      add(args, "-p", globals.profile);
      add(args, "--api-url", globals.apiUrl == null ? null : withoutUserInfo(globals.apiUrl));
      flag(args, "--allow-insecure-http", globals.allowInsecureHttp);
      add(args, "--ca-file", globals.caFile);
    }
    if (globals != null && allGlobals) {
      add(args, "--request-timeout", globals.requestTimeout);
      add(args, "--retries", globals.retries == null ? null : globals.retries.toString());
      add(args, "-o", globals.output);
      add(args, "--jq", globals.jq);
      add(
          args,
          "--error-format",
          globals.errorFormat == null
              ? null
              : globals.errorFormat.name().toLowerCase(java.util.Locale.ROOT));
      add(args, "--color", globals.color);
      flag(args, "--no-headers", globals.noHeaders);
      flag(args, "-q", globals.quiet);
      flag(args, "--debug", globals.debug);
    }
    args.addAll(List.of(words));
    List<String> quoted = new ArrayList<>();
    for (String arg : args) {
      quoted.add(quote(arg));
    }
    return String.join(" ", quoted);
  }

  /** The word as a POSIX shell reads it back: bare when safe, else single-quoted. */
  public static String quote(String word) {
    return SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  private static void add(List<String> args, String option, String value) {
    if (value != null) {
      args.add(option);
      args.add(value);
    }
  }

  private static void flag(List<String> args, String option, boolean given) {
    if (given) {
      args.add(option);
    }
  }

  private static String withoutUserInfo(String url) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getRawUserInfo() == null) {
        return url;
      }
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
          .toString();
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      return url;
    }
  }
}
