package ai.pyromind.pyro.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxies of {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} (or their lower-case
 * forms), as curl and most CLIs read them.
 */
public final class EnvProxies extends ProxySelector {
  private final Proxy http;
  private final Proxy https;
  private final List<String> noProxy;

  private EnvProxies(Proxy http, Proxy https, List<String> noProxy) {
    this.http = http;
    this.https = https;
    this.noProxy = noProxy;
  }

  /** The selector the environment describes, or null when it names no proxy. */
  public static ProxySelector from(Map<String, String> env) {
    Proxy http = proxy(first(env, "HTTP_PROXY", "http_proxy"));
    Proxy https = proxy(first(env, "HTTPS_PROXY", "https_proxy"));
    if (http == null && https == null) {
      return null;
    }
    List<String> noProxy = new ArrayList<>();
    String list = first(env, "NO_PROXY", "no_proxy");
    if (list != null) {
      for (String entry : list.split(",")) {
        String e = entry.trim().toLowerCase(Locale.ROOT);
        if (!e.isEmpty()) {
          noProxy.add(e.startsWith("*.") ? e.substring(1) : e);
        }
      }
    }
    return new EnvProxies(http, https, noProxy);
  }

  @Override
  public List<Proxy> select(URI uri) {
    Proxy proxy = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    if (proxy == null || bypassed(uri.getHost())) {
      return List.of(Proxy.NO_PROXY);
    }
    return List.of(proxy);
  }

  private boolean bypassed(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    for (String entry : noProxy) {
      String bare = entry.startsWith(".") ? entry.substring(1) : entry;
      int colon = bare.lastIndexOf(':');
      if (colon > 0 && bare.indexOf(':') == colon) {
        bare = bare.substring(0, colon);
      }
      if (entry.equals("*") || h.equals(bare) || h.endsWith("." + bare)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // the request reports the failure; nothing to remember
  }

  private static String first(Map<String, String> env, String upper, String lower) {
    String value = env.get(upper);
    if (value == null || value.isBlank()) {
      value = env.get(lower);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Proxy proxy(String value) {
    if (value == null) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(value.contains("://") ? value : "http://" + value);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null) {
      // the value may hold a proxy password: never echo that part
      throw new IllegalArgumentException(
          "invalid proxy URL '" + value.replaceAll("^(.*//)?[^/]*@", "$1***@") + "'");
    }
    int port =
        uri.getPort() > 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
  }
}
