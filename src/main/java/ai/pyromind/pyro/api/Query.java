package ai.pyromind.pyro.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Query parameters in the order they were added; null values are left out. */
public final class Query {
  private final List<Map.Entry<String, String>> params = new ArrayList<>();

  public static Query of() {
    return new Query();
  }

  public Query add(String key, Object value) {
    if (value != null) {
      params.add(Map.entry(key, String.valueOf(value)));
    }
    return this;
  }

  /** Adds {@code key=true} only when the flag is set; the API's defaults are false. */
  public Query flag(String key, boolean set) {
    return set ? add(key, "true") : this;
  }

  /** The parameters as added, e.g. for a listener that tells a list page from a filtered one. */
  public List<Map.Entry<String, String>> params() {
    return List.copyOf(params);
  }

  public boolean isEmpty() {
    return params.isEmpty();
  }

  public String encoded() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> p : params) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(encode(p.getKey())).append('=').append(encode(p.getValue()));
    }
    return sb.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
