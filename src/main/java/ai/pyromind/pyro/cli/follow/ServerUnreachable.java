package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.output.Times;
import java.time.Duration;

/** A {@code --timeout} passed while the server could not be reached or did not answer. */
public final class ServerUnreachable extends RuntimeException {
  private final Duration silentFor;

  ServerUnreachable(Duration silentFor, String lastError) {
    super(
        "the server was unreachable for the last "
            + Times.duration(round(silentFor))
            + " ("
            + (lastError == null ? "no answer to the request in progress" : lastError)
            + ")",
        null,
        false,
        false);
    this.silentFor = silentFor;
  }

  public Duration silentFor() {
    return silentFor;
  }

  /** The nearest second from half a second on, so the message does not read "998ms". */
  private static Duration round(Duration d) {
    return d.toMillis() < 500
        ? Duration.ofMillis(d.toMillis())
        : Duration.ofSeconds(Math.round(d.toMillis() / 1000.0));
  }
}
