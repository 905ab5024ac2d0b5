package ai.pyromind.pyro.cli.completion;

import java.util.Map;

/**
 * Whose ids a cache file holds, as the completion scripts can tell it without starting pyro: the
 * profile and API URL the line or the environment name, and the credentials, which are the config
 * file (whose profile holds the token) and {@code PYRO_TOKEN}. All four go into the file's name as
 * a hash (32-bit FNV-1a over their code points, which the scripts compute with shell arithmetic),
 * so that switching account by {@code PYRO_TOKEN} or {@code PYRO_CONFIG} alone never offers the
 * other account's ids, and the token itself is never written anywhere. Only the hash is kept.
 */
record CacheKey(String profile, String apiUrl, String hash) {
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  /** The key of a run naming this profile and URL (null: none), in this environment. */
  static CacheKey of(Map<String, String> env, String profile, String apiUrl) {
    String named = profile == null ? "" : profile;
    String url = apiUrl == null ? "" : apiUrl;
    String token = env.get("PYRO_TOKEN");
    // StringBuilder, not +: each new concatenation shape spins classes at start-up
    String owner =
        new StringBuilder(named)
            .append('\n')
            .append(url)
            .append('\n')
            .append(configAsScriptsSpellIt(env))
            .append('\n')
            .append(token == null ? "" : token)
            .toString();
    return new CacheKey(named, url, fnv(owner));
  }

  /**
   * The config file's path as the scripts spell it, {@code
   * ${PYRO_CONFIG:-${XDG_CONFIG_HOME:-$HOME/.config}/pyro/config.yaml}}: not normalised, so that
   * both sides hash the same text (a spelling pyro would read differently only misses the cache).
   */
  static String configAsScriptsSpellIt(Map<String, String> env) {
    String explicit = env.get("PYRO_CONFIG");
    if (explicit != null && !explicit.isEmpty()) {
      return explicit;
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    StringBuilder path = new StringBuilder();
    if (xdg != null && !xdg.isEmpty()) {
      path.append(xdg);
    } else {
      path.append(env.getOrDefault("HOME", "")).append("/.config");
    }
    return path.append("/pyro/config.yaml").toString();
  }

  /** FNV-1a, 32 bits, over code points (what the shells iterate), as 8 lowercase hex digits. */
  static String fnv(String text) {
    int hash = FNV_OFFSET;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      hash = (hash ^ c) * FNV_PRIME;
      i += Character.charCount(c);
    }
    String hex = Integer.toHexString(hash);
    return new StringBuilder("00000000".substring(hex.length())).append(hex).toString();
  }
}
