package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** The pid and URL files of a running emulator, and what they say. */
final class EmulatorProcess {
  private final EmulatorFiles files;

  EmulatorProcess(EmulatorFiles files) {
    this.files = files;
  }

  /**
   * The live emulator process the pid file names, if any: an emulator holds the lock, else the pid
   * file is left from one that crashed and its pid may now be any other program's.
   */
  Optional<ProcessHandle> running() {
    return EmulatorLock.held(files.lock()) ? recorded() : Optional.empty();
  }

  private Optional<ProcessHandle> recorded() {
    return recordedPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
  }

  /** The pid the pid file names, alive or not. */
  Optional<Long> recordedPid() {
    try {
      return Optional.of(
          Long.parseLong(Files.readString(files.pid(), StandardCharsets.UTF_8).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  Optional<String> url() {
    try {
      return Files.isRegularFile(files.url())
          ? Optional.of(Files.readString(files.url(), StandardCharsets.UTF_8).trim())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void refuseIfRunning() {
    if (!EmulatorLock.held(files.lock())) {
      return;
    }
    Optional<ProcessHandle> live = recorded();
    if (live.isPresent() && live.get().pid() == ProcessHandle.current().pid()) {
      return;
    }
    throw alreadyRunning(live);
  }

  /**
   * Takes the state dir for this emulator until it ends (or the lock is closed); refused when
   * another one has it, even one that has not written its pid yet.
   */
  EmulatorLock take() throws IOException {
    return EmulatorLock.take(files.lock()).orElseThrow(() -> alreadyRunning(recorded()));
  }

  private ApiException alreadyRunning(Optional<ProcessHandle> live) {
    String which = live.map(p -> "pid " + p.pid() + ", " + url().orElse("?")).orElse("starting");
    return new ApiException(
        409,
        "an emulator is already running ("
            + which
            + "); stop it with `"
            + files.stopCommand()
            + "`",
        null);
  }

  /** The pid file, written first: then nothing in the config can name an emulator not recorded. */
  void recordPid(long pid) {
    EmulatorStart.writePrivate(files.pid(), Long.toString(pid));
  }

  /**
   * The URL file, written last, once everything else is: with the pid it is the sign that the
   * emulator is up (what {@code --detach} waits for, what {@code status} shows).
   */
  void recordUrl(String url) {
    EmulatorStart.writePrivate(files.url(), url);
  }

  /** Removes the pid and URL files of an emulator that is gone; one that runs keeps them. */
  void forgetIfGone() {
    if (!EmulatorLock.held(files.lock())) {
      forget();
    }
  }

  void forget() {
    try {
      Files.deleteIfExists(files.pid());
      Files.deleteIfExists(files.url());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
