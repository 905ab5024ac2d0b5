package ai.pyromind.pyro.api;

import com.github.mizosoft.methanol.BodyDecoder;
import com.github.mizosoft.methanol.Methanol;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.security.Security;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The class initialisation that the first HTTP client would do on the main thread, done on a second
 * core while the main thread builds and parses the command line and reads the config. The HTTP
 * client's start alone spins method handles for ~10 ms (java.net.http's debug logger compares
 * records), which no AOT cache keeps (bench/RESULTS.md, stop 20).
 *
 * <p>The main thread awaits it before its first client ({@link #beforeHttp}), so the two threads
 * never initialise the HTTP stack's classes at once. After that stage, while the request is in
 * flight, it starts what reading the answer would start on the main thread (BigDecimal). A YAML
 * stage here as well was measured slower: the config is needed first, and the main thread then
 * waited for both stages.
 */
public final class Warmup {
  private static final CountDownLatch HTTP = new CountDownLatch(1);
  static final long MAX_WAIT_MS = 2_000;
  private static volatile Thread thread;

  private Warmup() {}

  /**
   * Starts the warm-up where there is a second core to run it, once per process; {@code
   * alsoBeforeHttp} run at the end of its HTTP stage (what the caller needs before its first
   * client, e.g. the version for the User-Agent).
   */
  public static synchronized void start(Runnable alsoBeforeHttp) {
    if (thread != null || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Thread warm = new Thread(new Stages(alsoBeforeHttp), "pyro-warm-up");
    warm.setDaemon(true);
    thread = warm;
    warm.start();
  }

  /** The warm-up's thread, or null before {@link #start}. */
  static Thread thread() {
    return thread;
  }

  /**
   * Waits for the HTTP stage: before the first client is made, and before what comes just before it
   * (the loopback check, the proxy selector).
   */
  public static void beforeHttp() {
    await(HTTP);
  }

  private static void await(CountDownLatch stage) {
    Thread warm = thread;
    if (warm == null || warm == Thread.currentThread()) {
      return;
    }
    try {
      stage.await(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final Runnable NOTHING =
      new Runnable() {
        @Override
        public void run() {}
      };

  /** What the warm-up does (a class, not a lambda: none is spun). */
  private static final class Stages implements Runnable {
    private final Runnable alsoBeforeHttp;

    Stages(Runnable alsoBeforeHttp) {
      this.alsoBeforeHttp = alsoBeforeHttp;
    }

    @Override
    public void run() {
      try {
        // the longest first: java.net.http's debug logger spins method handles; then the
        // security properties (read by InetAddress, TLS), the loopback check's address literal,
        // the proxy selector's net.properties, and the client's own classes
        Class.forName("jdk.internal.net.http.common.DebugLogger");
        Security.getProperty("networkaddress.cache.ttl");
        InetAddress.getByName("127.0.0.1");
        ProxySelector.getDefault();
        // Methanol's builder as ApiClient sets it (the header checks) without building a
        // client; the no-TLS context
        Methanol.newBuilder().userAgent("pyro").requestTimeout(Duration.ofSeconds(1));
        PlainHttp.noTlsContext();
        // the client's and a connection's static state (a connection's spins a comparator lambda
        // that no AOT cache keeps), and the decoders Methanol finds on the class path to name in
        // Accept-Encoding
        Class.forName("jdk.internal.net.http.HttpClientImpl");
        Class.forName("jdk.internal.net.http.HttpConnection");
        BodyDecoder.Factory.installedBindings();
        alsoBeforeHttp.run();
      } catch (Throwable e) {
        // another JDK's internals, or none: the first request does the work itself
      } finally {
        HTTP.countDown();
      }
      // JDK 25's BigDecimal computes 5^(2^16) in its static initialiser, 5-15 ms in the
      // interpreter; Jackson's parser base needs the class for its number bounds, so the first
      // answer read would pay it on the main thread
      try {
        Class.forName("java.math.BigDecimal");
      } catch (ReflectiveOperationException | RuntimeException e) {
        // only a warm-up
      }
      // ApiClient.close stops the client by reflection (shutdownNow is JDK 21 API; pyro compiles
      // for 17), and the first reflective call of a shape spins its method handles: a call of the
      // same shape here spins them off the main thread
      try {
        Runnable.class.getMethod("run").invoke(NOTHING);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // only a warm-up
      }
    }
  }
}
