package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ChildEnvironment;
import ai.pyromind.pyro.cli.cmdutil.ClassPathEntries;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.config.Config;
import ai.pyromind.pyro.emulator.DataDir;
import ai.pyromind.pyro.emulator.Resources;
import ai.pyromind.pyro.emulator.StartFailure;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Starts the emulator as a background process (same program, same runtime), its output in a log
 * file, and returns once it answers. The token reaches it through the environment, not argv.
 */
final class Detacher {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
  private final Context ctx;
  private final EmulatorFiles files;

  Detacher(Context ctx, EmulatorFiles files) {
    this.ctx = ctx;
    this.files = files;
  }

  int start(String host, int port, Path data, double speed, Resources capacity, String token)
      throws IOException, InterruptedException {
    DataDir.prepare(files.dir());
    refuseIfTaken(host, port);
    createPrivate(files.log());
    // the log is shared with earlier runs and with a rival start: this child's lines come after
    long ownLinesFrom = Files.size(files.log());
    List<String> command = new ArrayList<>(selfCommand());
    command.addAll(
        List.of(
            "emulator",
            "start",
            "--host",
            host,
            "--port",
            Integer.toString(port),
            "--speed",
            Double.toString(speed)));
    if (data != null) {
      command.addAll(List.of("--data", data.toAbsolutePath().toString()));
    }
    if (!capacity.unlimited()) {
      command.addAll(List.of("--capacity", capacity.toString()));
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
            .redirectErrorStream(true);
    ChildEnvironment.apply(builder, ctx.env()).environment().put("PYRO_EMULATOR_TOKEN", token);
    Process child = builder.start();
    String url;
    try {
      url = awaitReady(child, token, ownLinesFrom);
    } catch (ChildFailed failed) {
      ctx.out().error(failed.getMessage(), failed.code, null);
      return failed.code;
    }
    ctx.out().println("url:     " + url);
    ctx.out().println("token:   " + token);
    EmulatorStart.printProfile(ctx, profileLeadingTo(url));
    ctx.out()
        .success(
            "emulator running in the background (pid "
                + child.pid()
                + ", log "
                + files.log()
                + "); stop it with `"
                + files.stopCommand()
                + "`");
    return ExitCode.OK;
  }

  /** The child exited before it answered: its reason, and its exit code to pass on. */
  private static final class ChildFailed extends Exception {
    final int code;

    ChildFailed(String message, int code) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  private String awaitReady(Process child, String token, long ownLinesFrom)
      throws InterruptedException, ChildFailed {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    EmulatorProcess process = new EmulatorProcess(files);
    while (Instant.now().isBefore(deadline)) {
      if (!child.isAlive()) {
        String last = lastLine(ownLinesFrom);
        String why =
            last.startsWith("error: ")
                ? last.substring("error: ".length())
                : "the emulator exited with " + child.exitValue() + ": " + last;
        // its own code: 4 when another emulator took the dir first, as for a start refused here
        throw new ChildFailed(why, child.exitValue() == 0 ? ExitCode.FAILURE : child.exitValue());
      }
      // the files name this child only once it has the state dir (not a crashed predecessor)
      boolean ours = process.recordedPid().filter(pid -> pid == child.pid()).isPresent();
      Optional<String> url = ours ? process.url() : Optional.empty();
      if (url.isPresent() && answers(url.get(), token)) {
        return url.get();
      }
      Thread.sleep(100);
    }
    child.destroy();
    throw new IllegalStateException(
        "the emulator did not answer within "
            + READY_TIMEOUT.toSeconds()
            + "s; see "
            + files.log());
  }

  /** Binding in the child would fail: say so here, in the same words, before starting it. */
  private static void refuseIfTaken(String host, int port) throws IOException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      StartFailure taken = StartFailure.portTaken(host, port, e);
      throw new UncheckedIOException(taken.getMessage(), taken);
    }
  }

  private static void createPrivate(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }

  /** The profile the child wrote its URL to (`local`, unless another emulator still uses it). */
  private String profileLeadingTo(String url) {
    Config config = ctx.configStore().load(warning -> {});
    for (String name : config.profileNames()) {
      if (name.startsWith(LocalProfile.NAME) && url.equals(config.get(name, "api_url"))) {
        return name;
      }
    }
    return LocalProfile.NAME;
  }

  private boolean answers(String url, String token) {
    try {
      ctx.client(url, token)
          .get(ResourceKind.SANDBOX.collection(), Query.of().add(Fields.PAGE_SIZE, 1));
      return true;
    } catch (NetworkException | ApiException e) {
      return false;
    }
  }

  /**
   * The child's last word: of what the log got since it started, its last {@code error:} line (a
   * rival emulator writing to the same log must not be taken for it), else the last line.
   */
  private String lastLine(long from) {
    try (java.nio.channels.FileChannel log = java.nio.channels.FileChannel.open(files.log())) {
      java.nio.ByteBuffer bytes =
          java.nio.ByteBuffer.allocate((int) Math.max(0, Math.min(1 << 20, log.size() - from)));
      while (bytes.hasRemaining() && log.read(bytes, from + bytes.position()) > 0) {
        // read on to the end
      }
      List<String> lines =
          new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).lines().toList();
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith("error: ")) {
          return lines.get(i);
        }
      }
      return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How to run this same program again: the native binary, or this runtime with this class path.
   */
  static List<String> selfCommand() {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid");
    }
    if (System.getProperty("org.graalvm.nativeimage.imagecode") != null) {
      command.add(ProcessHandle.current().info().command().orElse("pyro"));
      return command;
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            ClassPathEntries.current().stream()
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)),
            "ai.pyromind.pyro.Main"));
    return command;
  }
}
