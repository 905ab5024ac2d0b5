package ai.pyromind.pyro.cli.cmdutil;

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
      // 0.0.0.0 and :: reach this machine too (the emulator's URL when it listens on all)
      InetAddress address = InetAddress.getByName(h.replaceAll("^\\[|]$", ""));
      return address.isLoopbackAddress() || address.isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
