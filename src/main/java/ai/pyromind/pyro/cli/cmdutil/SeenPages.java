package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The pages a listing has seen, so that it stops at one that repeats, in a few bytes each: the
 * first page as it came, then every page by its SHA-256 from the second on. A one-page list, the
 * common case, computes no digest (the first one starts the JDK's security providers, ~5 ms).
 */
final class SeenPages {
  private final Map<String, Integer> byDigest = new HashMap<>();
  private String first;
  private int firstPage;

  /** Remembers a page; returns the number of an earlier page with the same items, or null. */
  Integer add(JsonNode items, int page) {
    String json = Json.compact(items);
    if (first == null && byDigest.isEmpty()) {
      first = json;
      firstPage = page;
      return null;
    }
    if (first != null) {
      byDigest.put(digest(first), firstPage);
      first = null;
    }
    return byDigest.putIfAbsent(digest(json), page);
  }

  private static String digest(String json) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
