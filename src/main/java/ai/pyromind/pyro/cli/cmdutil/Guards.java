package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Tokens;
import ai.pyromind.pyro.config.Config;
import ai.pyromind.pyro.config.ProfileName;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** What pyro checks before it sends anything: the URL, the transport, the token, the profile. */
public final class Guards {
  private Guards() {}

  /**
   * The server's base URL; one given with the API prefix ({@code https://host/api/v1/}) is taken
   * without it, since every path adds the prefix. A URL with a password in it is refused unshown.
   */
  public static URI baseUrl(String apiUrl) {
    try {
      String trimmed = apiUrl.trim().replaceAll("/+$", "");
      if (trimmed.endsWith(ApiClient.API_PREFIX)) {
        trimmed = trimmed.substring(0, trimmed.length() - ApiClient.API_PREFIX.length());
      }
      URI uri = URI.create(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getPort() <= 65535
          // every path is appended: after a query or a fragment it would not be the path
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        if (uri.getRawUserInfo() != null) {
          throw new UsageException(
              "the API URL holds a user name or password (USER:PASSWORD@): pyro signs in with a"
                  + " token, take them out");
        }
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new UsageException(
        "invalid API URL '"
            + apiUrl.replaceAll("//[^/@]*@", "//***@")
            + "' (expected http(s)://HOST[:PORT])");
  }

  /** Plain http only to this machine, where the token cannot be read on the way, unless allowed. */
  public static URI safeTransport(URI uri, boolean allowInsecureHttp) {
    if ("http".equalsIgnoreCase(uri.getScheme())
        && !Loopback.is(uri.getHost())
        && !allowInsecureHttp) {
      throw new UsageException(
          "refusing to send the token in clear text to http://"
              + uri.getHost()
              + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
              + ": use https, or pass --allow-insecure-http (config key allow_insecure_http)");
    }
    return uri;
  }

  /**
   * Refuses a token that cannot go into an HTTP header, naming where it came from ({@code origin},
   * e.g. "in PYRO_TOKEN", "on stdin") but never showing it.
   */
  public static void checkToken(String token, String origin) {
    String bad = Tokens.badCharacter(token);
    if (bad != null) {
      boolean saved = origin.startsWith("in profile");
      throw new UsageException(
          "the token "
              + origin
              + " has a character not allowed in a token ("
              + bad
              + ")"
              + (saved ? "; set it again with `pyro auth login`" : ""));
    }
  }

  /**
   * A profile name given on the line, in the environment or to {@code config use} ({@code origin}
   * says which) must be a name (exit 2): an empty one would quietly mean the current profile.
   */
  public static void profileName(String name, String origin) {
    if (ProfileName.valid(name)) {
      return;
    }
    String hint =
        origin.equals("PYRO_PROFILE") && name.isEmpty()
            ? " (unset PYRO_PROFILE to use the current profile)"
            : "";
    throw new UsageException(
        (name.isEmpty() ? "empty profile name" : "invalid profile name '" + name + "'")
            + " in "
            + origin
            + ": "
            + ProfileName.RULE
            + hint);
  }

  /** The profile must exist ({@code default} always does), or exit 2 listing the known ones. */
  public static void requireProfile(String profile, Config config) {
    if (!Config.DEFAULT_PROFILE.equals(profile) && !config.hasProfile(profile)) {
      throw unknownProfile(profile, config);
    }
  }

  /** The one wording for a profile that does not exist: the known ones, and how to create it. */
  public static UsageException unknownProfile(String profile, Config config) {
    List<String> names = config.profileNames();
    String known = names.isEmpty() ? "none yet" : String.join(", ", names);
    return new UsageException(
        "no profile '"
            + profile
            + "' (known: "
            + known
            + "); create it with `pyro -p "
            + Rerun.quote(profile)
            + " auth login`");
  }
}
