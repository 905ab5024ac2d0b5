package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ShortText;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The server's {@code vnc_host} and {@code vnc_port}, checked before they reach a viewer's command
 * line: a host name or an IP literal and a port in 1-65535. Anything else (a value starting with
 * {@code -}, an {@code =}, spaces) could be read by the viewer as an option.
 */
record VncAddress(String host, int port) {
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  static VncAddress of(JsonNode info) {
    String host = info.path("vnc_host").isTextual() ? info.path("vnc_host").asText() : "";
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (!(HOST_NAME.matcher(host).matches()
        || IPV4.matcher(host).matches()
        || (host.contains(":") && IPV6.matcher(host).matches()))) {
      throw refused("host", info.path("vnc_host"));
    }
    JsonNode port = info.path("vnc_port");
    int number = port.isIntegralNumber() && port.canConvertToInt() ? port.intValue() : -1;
    if (port.isTextual() && port.asText().matches("\\d{1,5}")) {
      number = Integer.parseInt(port.asText());
    }
    if (number < 1 || number > 65535) {
      throw refused("port", port);
    }
    return new VncAddress(host, number);
  }

  private static UnexpectedResponseException refused(String what, JsonNode value) {
    String shown = value.isMissingNode() ? "nothing" : value.toString();
    if (shown.length() > 80) {
      shown = ShortText.head(shown, 80) + "…";
    }
    return new UnexpectedResponseException(
        200,
        "refusing to start a VNC viewer: the server sent an invalid VNC " + what + " " + shown);
  }

  boolean ipv6() {
    return host.contains(":");
  }

  /** host:port for URLs ({@code vnc://}), with an IPv6 literal in brackets. */
  String authority() {
    return (ipv6() ? "[" + host + "]" : host) + ":" + port;
  }

  /** TigerVNC's host::port form (the port, not a display number). */
  String viewerArgument() {
    return (ipv6() ? "[" + host + "]" : host) + "::" + port;
  }
}
