package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.config.Config;
import ai.pyromind.pyro.emulator.DataDir;
import ai.pyromind.pyro.emulator.EmulatorConfig;
import ai.pyromind.pyro.emulator.EmulatorServer;
import ai.pyromind.pyro.emulator.Resources;
import ai.pyromind.pyro.emulator.StartFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
      "profile, else a new random one.",
      "",
      "Failing on purpose: with --capacity, pending and running sandboxes,",
      "instances and jobs hold their resource_config (stopped, paused, finished",
      "and deleted ones give it back); a create, submit, resume or resize that",
      "does not fit answers the API's documented 500. Names that fail: buckets",
      "denied-* (no access) and locked-* (no deletes), output and mount paths",
      "under /readonly, checkpoints corrupted-*, sandboxes error-* (they end in",
      "`error`), instances noauth-* (no access token), models missing*. A",
      "training job with --hp fail_at_epoch=N fails at epoch N; an inference job",
      "with --param fail_at_progress=P fails at P%%. Anything else: `pyro emulator",
      "fault add`. Every documented error and its trigger:",
      "docs/emulator-errors.md.",
      "",
      "Examples:",
      "  pyro emulator start --detach",
      "  pyro emulator start --port 9090 --data ~/.local/share/pyro-emulator --speed 10",
      "  pyro emulator start --detach --capacity cpu=64,memory=256,gpu=8"
    })
public final class EmulatorStart extends ContextCommand {
  /** Not 8080, the busiest port on a developer's machine: "PYRO" on a phone keypad. */
  static final String DEFAULT_PORT = "7976";

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = DEFAULT_PORT,
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

  @Option(
      names = "--capacity",
      paramLabel = "LIMITS",
      description =
          "The cpu, memory and gpu there are to hand out, e.g. cpu=64,memory=256,gpu=8; a kind"
              + " left out is unlimited (default: all unlimited).")
  String capacity;

  @Override
  public Integer call() throws Exception {
    // a million times faster already runs a week-long job in under a second; far more and
    // simulated time overflows, and every job fails at once
    if (!(speed > 0) || speed > 1_000_000) {
      throw new UsageException("--speed must be a positive number of at most 1000000");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535");
    }
    warnIfReachableFromOtherMachines();
    Resources limits = limits();
    EmulatorFiles files = EmulatorFiles.of(data, ctx.env());
    new EmulatorProcess(files).refuseIfRunning();
    if (data != null) {
      DataDir.prepare(data).ifPresent(ctx.out()::warn);
    }
    String secret = resolveToken();
    if (detach) {
      return new Detacher(ctx, files).start(host, port, data, speed, limits, secret);
    }
    return serve(files, secret, limits);
  }

  private Resources limits() {
    if (capacity == null) {
      return Resources.UNLIMITED;
    }
    try {
      return Resources.parse(capacity);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private int serve(EmulatorFiles files, String secret, Resources limits)
      throws IOException, InterruptedException {
    DataDir.prepare(files.dir());
    try (EmulatorLock held = new EmulatorProcess(files).take()) {
      return serveLocked(files, secret, limits);
    }
  }

  private int serveLocked(EmulatorFiles files, String secret, Resources limits)
      throws IOException, InterruptedException {
    EmulatorConfig config =
        new EmulatorConfig(
            host,
            port,
            secret,
            speed,
            data,
            Instant::now,
            limits,
            problem -> ctx.out().error(problem, ExitCode.FAILURE, null));
    EmulatorServer server;
    try {
      server = EmulatorServer.start(config);
    } catch (StartFailure e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    String url = server.url().toString();
    String profile = record(server, files, url, secret);
    ctx.out().println("url:     " + url);
    boolean tokenFromEnv = secret.equals(ctx.env().var("PYRO_EMULATOR_TOKEN"));
    ctx.out().println("token:   " + (tokenFromEnv ? "(from PYRO_EMULATOR_TOKEN)" : secret));
    printProfile(ctx, profile);
    ctx.out()
        .notice(
            "PyroMind emulator listening on "
                + url
                + " ("
                + (data == null ? "state in memory" : "data in " + data)
                + ", speed "
                + speed
                + "x, capacity "
                + limits
                + "); Ctrl-C stops it");
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
    String profileToken = ctx.config().get(LocalProfile.NAME, "token");
    if (profileToken != null) {
      return profileToken;
    }
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return "pm_local_" + HexFormat.of().formatHex(random);
  }

  /**
   * Writes what names the running emulator, in an order that never leaves the config pointing at
   * nothing: the token file, the pid file, the profile, then the URL file (the sign that it is up).
   * When a write fails (a full disk), what was written is taken back, the server is closed, and the
   * one error is the write's (exit 1). Returns the profile written.
   */
  private String record(EmulatorServer server, EmulatorFiles files, String url, String secret) {
    EmulatorProcess process = new EmulatorProcess(files);
    List<Runnable> undo = new ArrayList<>();
    try {
      if (data != null) {
        Path tokenFile = data.resolve("token");
        if (!Files.exists(tokenFile)) {
          undo.add(() -> deleteQuietly(tokenFile));
        }
        writePrivate(tokenFile, secret);
      }
      undo.add(process::forget);
      process.recordPid(ProcessHandle.current().pid());
      String profile = LocalProfile.choose(ctx.config(), data, server.port(), url);
      undo.add(writeProfile(profile, url, secret));
      process.recordUrl(url);
      return profile;
    } catch (RuntimeException e) {
      for (int i = undo.size() - 1; i >= 0; i--) {
        try {
          undo.get(i).run();
        } catch (RuntimeException again) {
          e.addSuppressed(again);
        }
      }
      server.close();
      throw e;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Points {@code profile} at this emulator (the current profile stays as it was); returns how to
   * put the profile back as it was, unless something else has changed it since.
   */
  private Runnable writeProfile(String profile, String url, String secret) {
    String[] before =
        ctx.updateConfig(
            config -> {
              String[] was = {
                config.hasProfile(profile) ? "" : null,
                config.get(profile, "api_url"),
                config.get(profile, "token")
              };
              config.set(profile, "api_url", url);
              config.set(profile, "token", secret);
              return was;
            });
    return () ->
        ctx.updateConfig(
            config -> {
              if (!url.equals(config.get(profile, "api_url"))) {
                return null;
              }
              if (before[0] == null) {
                config.removeProfile(profile);
              } else {
                restore(config, profile, "api_url", before[1]);
                restore(config, profile, "token", before[2]);
              }
              return null;
            });
  }

  private static void restore(Config config, String profile, String key, String value) {
    if (value == null) {
      config.unset(profile, key);
    } else {
      config.set(profile, key, value);
    }
  }

  static void printProfile(Context ctx, String profile) {
    ctx.out().println("profile: " + profile + " (try: pyro -p " + profile + " sandbox list)");
    if (!profile.equals(LocalProfile.NAME)) {
      ctx.out()
          .notice(
              "the `local` profile still leads to another running emulator, so this one is `"
                  + profile
                  + "`");
    }
  }

  /** Plain http and one shared token: fine on loopback, worth a word anywhere else. */
  private void warnIfReachableFromOtherMachines() {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UsageException("--host " + host + ": no such address");
    }
    if (!loopback) {
      ctx.out()
          .warn(
              "--host "
                  + host
                  + " is not a loopback address: other machines can reach the emulator, and its"
                  + " token travels in plain http");
    }
  }

  static void writePrivate(Path file, String text) {
    try {
      if (!Files.isDirectory(file.getParent())) {
        DataDir.prepare(file.getParent());
      }
      Path temp = Files.createTempFile(file.getParent(), ".tmp-", "");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
        Files.move(
            temp,
            file,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp); // left only when the move failed (a full disk, say)
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
