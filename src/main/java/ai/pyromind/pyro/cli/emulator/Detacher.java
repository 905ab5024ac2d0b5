package ai.pyromind.pyro.cli.emulator;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.ChildEnvironment;
import ai.pyromind.pyro.cli.Context;
import ai.pyromind.pyro.cli.ExitCode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  int start(String host, int port, Path data, double speed, String token)
      throws IOException, InterruptedException {
    Files.createDirectories(files.dir());
    new EmulatorProcess(files).forget();
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
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
            .redirectErrorStream(true);
    ChildEnvironment.apply(builder, ctx.env()).environment().put("PYRO_EMULATOR_TOKEN", token);
    Process child = builder.start();
    String url = awaitReady(child, token);
    ctx.out().println("url:     " + url);
    ctx.out().println("token:   " + token);
    ctx.out()
        .println("profile: " + EmulatorStart.LOCAL_PROFILE + " (try: pyro -p local sandbox list)");
    ctx.out()
        .success(
            "emulator running in the background (pid "
                + child.pid()
                + ", log "
                + files.log()
                + "); stop it with `pyro emulator stop`");
    return ExitCode.OK;
  }

  private String awaitReady(Process child, String token) throws InterruptedException {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    EmulatorProcess process = new EmulatorProcess(files);
    while (Instant.now().isBefore(deadline)) {
      if (!child.isAlive()) {
        throw new IllegalStateException(
            "the emulator exited with " + child.exitValue() + ": " + lastLine());
      }
      Optional<String> url = process.url();
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

  private boolean answers(String url, String token) {
    try {
      ctx.client(url, token).get("/sandboxes", Query.of().add("page_size", 1));
      return true;
    } catch (NetworkException | ApiException e) {
      return false;
    }
  }

  private String lastLine() {
    try {
      List<String> lines = Files.readAllLines(files.log(), StandardCharsets.UTF_8);
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
            System.getProperty("java.class.path"),
            "ai.pyromind.pyro.Main"));
    return command;
  }
}
