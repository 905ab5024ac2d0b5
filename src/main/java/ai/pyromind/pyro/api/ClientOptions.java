package ai.pyromind.pyro.api;

import java.net.ProxySelector;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * How an {@link ApiClient} talks to the server.
 *
 * @param requestTimeout a deadline on each whole exchange: connect, headers and body
 * @param retries when to send a request again
 * @param proxies the proxies to go through, or null for a direct connection
 * @param maxResponseBytes the most body bytes accepted, counted after decompression
 * @param tls the TLS context (e.g. trusting a {@code --ca-file}), asked for only when the server
 *     speaks TLS; null for the JVM's default
 * @param clock the time a {@code Retry-After} date is measured from
 * @param sleeper how the pauses between retries pass
 */
public record ClientOptions(
    Duration requestTimeout,
    RetryPolicy retries,
    ProxySelector proxies,
    long maxResponseBytes,
    Supplier<SSLContext> tls,
    Supplier<Instant> clock,
    Sleeper sleeper) {
  public static final long DEFAULT_MAX_RESPONSE_MB = 64;

  /** No retries, no proxy, the default size limit and trust. */
  public static ClientOptions of(Duration requestTimeout) {
    return new ClientOptions(
        requestTimeout,
        RetryPolicy.NONE,
        null,
        DEFAULT_MAX_RESPONSE_MB << 20,
        null,
        Instant::now,
        Sleeper.REAL);
  }
}
