package ai.pyromind.pyro.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * The one line a failed exchange gives the user. A server is named by scheme, host and port only:
 * never the user-info part of a URL, which may hold a password.
 */
final class FailureMessages {
  private FailureMessages() {}

  static String where(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** A certificate the JVM does not trust (or one for another name): retrying will not help. */
  static boolean untrustedCertificate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.security.cert.CertificateException
          || t instanceof java.security.cert.CertPathValidatorException) {
        return true;
      }
    }
    return false;
  }

  static String network(URI uri, IOException e, Duration requestTimeout) {
    String where = where(uri);
    if (e instanceof HttpConnectTimeoutException) {
      return "timed out connecting to " + where;
    } else if (e instanceof HttpTimeoutException || e instanceof InterruptedIOException) {
      return "request to " + where + " timed out after " + human(requestTimeout);
    } else if (e instanceof ConnectException) {
      return "cannot connect to " + where + " (is the server running? check --api-url)";
    } else if (untrustedCertificate(e)) {
      return "certificate not trusted for "
          + uri.getHost()
          + " (give its CA with --ca-file FILE or the config key ca_file, or a trust store in"
          + " JAVA_TOOL_OPTIONS)";
    } else if (e instanceof SSLException) {
      return "TLS failure talking to " + where + ": " + e.getMessage();
    }
    String reason = e.getMessage() == null ? "the server closed the connection" : e.getMessage();
    return "connection to " + where + " failed: " + reason;
  }

  /** Over the size limit, or (outOfMemory) under it but still more than the heap holds. */
  static String tooLarge(URI uri, long maxBytes, boolean outOfMemory) {
    return outOfMemory
        ? "response too large: it does not fit in memory from "
            + where(uri)
            + " (lower PYRO_MAX_RESPONSE_MB to refuse it sooner)"
        : "response too large: more than "
            + (maxBytes >> 20)
            + " MB from "
            + where(uri)
            + " (raise the limit with PYRO_MAX_RESPONSE_MB)";
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
