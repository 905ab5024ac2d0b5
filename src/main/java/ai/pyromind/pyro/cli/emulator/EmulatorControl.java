package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A client for the running emulator's own endpoints ({@code /_emulator/...}): its URL from the file
 * it wrote beside its pid, its token as {@code emulator start} chose it.
 */
final class EmulatorControl {
  static final String FAULTS = "/_emulator/faults";
  static final String CAPACITY = "/_emulator/capacity";

  private EmulatorControl() {}

  /** The client, or empty (with the error said) when no emulator runs or its token is unknown. */
  static Optional<ApiClient> connect(Context ctx, Path data) {
    EmulatorProcess process = new EmulatorProcess(EmulatorFiles.of(data, ctx.env()));
    Optional<String> url = process.running().flatMap(p -> process.url());
    if (url.isEmpty()) {
      ctx.out()
          .error(
              "no emulator is running (start one with `pyro emulator start --detach`)",
              ExitCode.FAILURE,
              null);
      return Optional.empty();
    }
    Optional<String> token = token(ctx, data);
    if (token.isEmpty()) {
      ctx.out()
          .error(
              "the emulator's token is unknown: set PYRO_EMULATOR_TOKEN", ExitCode.FAILURE, null);
      return Optional.empty();
    }
    return Optional.of(ctx.client(url.get(), token.get()));
  }

  /** As {@code emulator start} resolves it: environment, data dir, then the `local` profile. */
  static Optional<String> token(Context ctx, Path data) {
    String fromEnv = ctx.env().var("PYRO_EMULATOR_TOKEN");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv);
    }
    if (data != null && Files.isRegularFile(data.resolve("token"))) {
      try {
        String saved = Files.readString(data.resolve("token"), StandardCharsets.UTF_8).trim();
        if (!saved.isEmpty()) {
          return Optional.of(saved);
        }
      } catch (IOException e) {
        // fall back to the profile
      }
    }
    return Optional.ofNullable(ctx.config().get(LocalProfile.NAME, "token"));
  }
}
