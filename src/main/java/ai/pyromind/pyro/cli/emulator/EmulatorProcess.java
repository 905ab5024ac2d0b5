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

  /** The live emulator process the pid file names, if any. */
  Optional<ProcessHandle> running() {
    try {
      if (!Files.isRegularFile(files.pid())) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(files.pid(), StandardCharsets.UTF_8).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
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
    Optional<ProcessHandle> live = running();
    if (live.isPresent() && live.get().pid() != ProcessHandle.current().pid()) {
      throw new ApiException(
          409,
          "an emulator is already running (pid "
              + live.get().pid()
              + ", "
              + url().orElse("?")
              + "); stop it with `pyro emulator stop`",
          null);
    }
  }

  void record(long pid, String url) {
    EmulatorStart.writePrivate(files.url(), url);
    EmulatorStart.writePrivate(files.pid(), Long.toString(pid));
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
