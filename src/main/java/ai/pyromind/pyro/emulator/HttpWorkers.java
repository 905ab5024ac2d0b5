package ai.pyromind.pyro.emulator;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads of the JDK's HTTP server. It reads a request's header block on a worker, so a client
 * that sends half a header and then nothing holds that worker (slowloris): a fixed pool of eight
 * was frozen by eight such connections. Here the pool grows when every worker is busy (up to {@link
 * #MAX}) and shrinks back when idle, and a request must arrive within {@link #REQUEST_SECONDS} or
 * its connection is closed, so a handful of stalled clients starve no one.
 */
final class HttpWorkers {
  /** Enough to keep the cores busy while some wait for an fsync. */
  static final int CORE = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

  static final int MAX = 256;
  static final int REQUEST_SECONDS = 10;

  private HttpWorkers() {}

  /** Sets the server's limits; they are read once, when the JDK's HTTP server is first used. */
  static void configureServer() {
    // Without TCP_NODELAY the header and body writes meet Nagle and delayed ACKs: ~40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
    }
  }

  static ExecutorService pool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            CORE,
            MAX,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads(),
            HttpWorkers::waitForAWorker);
    return pool;
  }

  /** Every worker busy: the server's dispatcher waits for one rather than dropping the request. */
  private static void waitForAWorker(Runnable task, ThreadPoolExecutor pool) {
    if (pool.isShutdown()) {
      return;
    }
    try {
      pool.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread t = new Thread(runnable, "emulator-http");
      t.setDaemon(true);
      return t;
    };
  }
}
