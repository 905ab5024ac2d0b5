package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.UsageException;
import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pyro emulator start}: serves the API locally, in the foreground or detached. */
@Command(
    name = "start",
    description = "Start the emulator; prints its URL and token and sets up the `local` profile.",
    footer = {
      "",
      "The token comes from --token, else $PYRO_EMULATOR_TOKEN, else the data dir or the `local`",
      "profile, else a new random one. Failing on purpose: a training job with --hp fail_at_epoch=N",
      "fails at epoch N; an inference job with --param fail_at_progress=P fails at P%.",
      "",
      "Examples:",
      "  pyro emulator start --detach",
      "  pyro emulator start --port 9090 --data ~/.local/share/pyro-emulator --speed 10"
    })
public final class EmulatorStart extends ContextCommand {
  static final String LOCAL_PROFILE = "local";

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keep state in DIR across restarts (default: memory only).")
  Path data;

  @Option(
      names = "--speed",
      paramLabel = "X",
      defaultValue = "1",
      description = "Run simulated time X times faster (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "The token clients must send (prefer $PYRO_EMULATOR_TOKEN).")
  String token;

  @Option(names = "--detach", description = "Run in the background; return once it answers.")
  boolean detach;

  @Override
  public Integer call() throws Exception {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new UsageException("--speed must be a positive number");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535");
    }
    EmulatorFiles files = EmulatorFiles.of(data, ctx.env());
    new EmulatorProcess(files).refuseIfRunning();
    String secret = resolveToken();
    if (detach) {
      return new Detacher(ctx, files).start(host, port, data, speed, secret);
    }
    return serve(files, secret);
  }

  private int serve(EmulatorFiles files, String secret) throws IOException, InterruptedException {
    EmulatorConfig config = new EmulatorConfig(host, port, secret, speed, data, Instant::now);
    EmulatorServer server = EmulatorServer.start(config);
    String url = server.url().toString();
    if (data != null) {
      writePrivate(data.resolve("token"), secret);
    }
    new EmulatorProcess(files).record(ProcessHandle.current().pid(), url);
    writeLocalProfile(url, secret);
    ctx.out().println("url:     " + url);
    boolean tokenFromEnv = secret.equals(ctx.env().var("PYRO_EMULATOR_TOKEN"));
    ctx.out().println("token:   " + (tokenFromEnv ? "(from PYRO_EMULATOR_TOKEN)" : secret));
    ctx.out().println("profile: " + LOCAL_PROFILE + " (try: pyro -p local sandbox list)");
    ctx.out()
        .notice(
            "PyroMind emulator listening on "
                + url
                + " ("
                + (data == null ? "state in memory" : "data in " + data)
                + ", speed "
                + speed
                + "x); Ctrl-C stops it");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  new EmulatorProcess(files).forget();
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCode.OK;
  }

  private String resolveToken() {
    if (token != null && !token.isBlank()) {
      return token;
    }
    String fromEnv = ctx.env().var("PYRO_EMULATOR_TOKEN");
    if (fromEnv != null) {
      return fromEnv;
    }
    if (data != null && Files.isRegularFile(data.resolve("token"))) {
      try {
        String saved = Files.readString(data.resolve("token"), StandardCharsets.UTF_8).trim();
        if (!saved.isEmpty()) {
          return saved;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read " + data.resolve("token") + ": " + e.getMessage(), e);
      }
    }
    String profileToken = ctx.config().get(LOCAL_PROFILE, "token");
    if (profileToken != null) {
      return profileToken;
    }
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return "pm_local_" + HexFormat.of().formatHex(random);
  }

  /** Points the {@code local} profile at this emulator; the current profile stays as it was. */
  private void writeLocalProfile(String url, String secret) {
    ctx.updateConfig(
        config -> {
          config.set(LOCAL_PROFILE, "api_url", url);
          config.set(LOCAL_PROFILE, "token", secret);
          return null;
        });
  }

  static void writePrivate(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".tmp-", "");
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
      Files.move(
          temp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
