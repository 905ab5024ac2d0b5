package ai.pyromind.pyro.cli.train.watch;

import java.time.Duration;
import java.util.List;

/** Where {@code train watch} shows a job: a live screen, or plain lines. */
interface WatchView extends AutoCloseable {
  void show(WatchState state, List<String> freshLines);

  /** Waits between polls; returns true when the user asked to leave. */
  default boolean pause(Duration interval, ai.pyromind.pyro.cli.follow.Interrupts interrupts) {
    interrupts.sleep(interval);
    return false;
  }

  @Override
  default void close() {}
}
