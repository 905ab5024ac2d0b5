package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up runs once, on a daemon thread of its own, and never waits for itself. */
class WarmupTest {
  @Test
  void itRunsOnceOnADaemonThreadAndFinishesWithoutWaitingForItself() throws Exception {
    long started = System.nanoTime();
    Warmup.start();
    Thread warm = Warmup.thread();
    Warmup.start();

    assertThat(Warmup.thread()).isSameAs(warm);
    assertThat(warm.isDaemon()).isTrue();
    assertThat(warm.getName()).isEqualTo("pyro-warm-up");
    warm.join(30_000);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(warm.isAlive()).isFalse();
    // its own YAML read awaits the YAML stage: were the thread to wait for itself, this would be
    // the whole bound
    assertThat(tookMs).isLessThan(Warmup.MAX_WAIT_MS);
    assertThat(Json.parseYaml("a: [1, b]\n").toString()).isEqualTo("{\"a\":[1,\"b\"]}");
  }
}
