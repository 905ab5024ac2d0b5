package ai.pyromind.pyro.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Whether a URL's host is this machine, judged from the name alone (no DNS lookup). */
final class Loopback {
  private Loopback() {}

  static boolean is(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    boolean literal = h.startsWith("[") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!literal) {
      return false;
    }
    try {
      return InetAddress.getByName(h.replaceAll("^\\[|]$", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
