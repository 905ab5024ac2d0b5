package ai.pyromind.pyro.api;

import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of a client that only speaks plain HTTP (the local emulator): it trusts no
 * certificate, so any TLS handshake fails, and building it reads no trust store.
 */
final class PlainHttp {
  private PlainHttp() {}

  static SSLContext noTlsContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[0], null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS implementation", e);
    }
  }
}
