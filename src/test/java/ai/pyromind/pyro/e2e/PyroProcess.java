package ai.pyromind.pyro.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs the built {@code target/dist/pyro/bin/pyro} as a process with its own environment. */
final class PyroProcess {
  static final Path BINARY = Path.of("target/dist/pyro/bin/pyro").toAbsolutePath();
  private final Map<String, String> env = new HashMap<>();
  private final Path home;
  private List<String> wrapper = List.of();
  private File directory;

  PyroProcess(Path home) {
    this.home = home;
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    if (System.getenv("JAVA_HOME") != null) {
      env.put("JAVA_HOME", System.getenv("JAVA_HOME"));
    }
  }

  PyroProcess env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs pyro from this working directory (by default, the build's). */
  PyroProcess in(Path dir) {
    directory = dir.toFile();
    return this;
  }

  /** Runs pyro as the last words of this command, e.g. {@code sh -c '...' sh}. */
  PyroProcess through(String... command) {
    wrapper = List.of(command);
    return this;
  }

  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    /** This run, once checked: exit 0, and no error or warning on stderr. */
    Result succeeded() {
      org.assertj.core.api.Assertions.assertThat(code).as(toString()).isZero();
      org.assertj.core.api.Assertions.assertThat(err)
          .as(toString())
          .doesNotContain("error:")
          .doesNotContain("warning:");
      return this;
    }
  }

  Result run(String... args) {
    return runWithInput(null, args);
  }

  Result runWithInput(String stdin, String... args) {
    List<String> command = new ArrayList<>(wrapper);
    command.add(BINARY.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(home, "out", ".txt");
      Path err = Files.createTempFile(home, "err", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      if (stdin == null) {
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      } else {
        Path in = Files.writeString(Files.createTempFile(home, "in", ".txt"), stdin);
        builder.redirectInput(in.toFile());
      }
      builder.directory(directory);
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("pyro " + String.join(" ", args) + " did not finish in 60s");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs the command until its stdout satisfies the condition, or fails after the timeout. */
  Result until(Predicate<String> condition, Duration timeout, String... args)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Result last = null;
    while (System.nanoTime() < deadline) {
      last = run(args);
      if (last.code() == 0 && condition.test(last.out().trim())) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "condition not met for pyro " + String.join(" ", args) + "; last: " + last);
  }
}
