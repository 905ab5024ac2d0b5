package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up runs once, on a daemon thread of its own, and never waits for itself. */
class WarmupTest {
  @Test
  void itRunsOnceOnADaemonThreadAndFinishesWithoutWaitingForItself() throws Exception {
    long started = System.nanoTime();
    Warmup.start(Warmup::beforeHttp);
    Thread warm = Warmup.thread();
    Warmup.start(Warmup::beforeHttp);

    assertThat(Warmup.thread()).isSameAs(warm);
    assertThat(warm.isDaemon()).isTrue();
    assertThat(warm.getName()).isEqualTo("pyro-warm-up");
    warm.join(30_000);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(warm.isAlive()).isFalse();
    // were the thread to wait for itself (its stage makes a plain-HTTP context, and whatever runs
    // there may make a client), this would be the whole bound
    assertThat(tookMs).isLessThan(Warmup.MAX_WAIT_MS);
  }
}
