package ai.pyromind.pyro.testing;

import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.Prompter;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs pyro in-process with a made-up world: env, stdin, terminals, clock, prompter. */
public final class PyroRun {
  public static final Instant NOW = Instant.parse("2024-01-05T00:00:00Z");

  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";
  private boolean stdoutTerminal;
  private boolean stdinTerminal;
  private int width = 120;
  private final List<String> answers = new ArrayList<>();
  private final List<String> prompts = new ArrayList<>();
  private java.io.OutputStream stdout;

  public PyroRun(Path configDir) {
    env.put("PYRO_CONFIG", configDir.resolve("config.yaml").toString());
    env.put("HOME", configDir.toString());
  }

  public PyroRun env(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
    return this;
  }

  public PyroRun stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** stdout and stdin both a terminal. */
  public PyroRun terminal() {
    this.stdoutTerminal = true;
    this.stdinTerminal = true;
    return this;
  }

  public PyroRun stdoutTerminal(boolean value) {
    this.stdoutTerminal = value;
    return this;
  }

  public PyroRun stdinTerminal(boolean value) {
    this.stdinTerminal = value;
    return this;
  }

  /** stdout as bytes into this stream, through the guard {@code Main} puts under stdout. */
  public PyroRun stdout(java.io.OutputStream stream) {
    this.stdout = stream;
    return this;
  }

  public PyroRun width(int columns) {
    this.width = columns;
    return this;
  }

  /** What the person at the terminal answers to the next prompt. */
  public PyroRun answer(String answer) {
    answers.add(answer);
    return this;
  }

  public List<String> prompts() {
    return prompts;
  }

  /** The made-up world as an {@link Env}. */
  public Env envForTests() {
    return new Env(
        Map.copyOf(env),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        stdoutTerminal,
        stdinTerminal,
        stdinTerminal,
        () -> NOW,
        () -> width,
        new FakePrompter());
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env world =
        new Env(
            Map.copyOf(env),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            stdoutTerminal,
            stdinTerminal,
            stdinTerminal,
            () -> NOW,
            () -> width,
            new FakePrompter());
    PrintWriter data =
        stdout == null
            ? new PrintWriter(out)
            : new PrintWriter(
                new java.io.OutputStreamWriter(
                    new ai.pyromind.pyro.output.StdoutGuard(stdout), StandardCharsets.UTF_8));
    int code = Pyro.run(new Context(world), data, new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run left behind. */
  public record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final class FakePrompter implements Prompter {
    @Override
    public String secret(String prompt) {
      return next(prompt);
    }

    @Override
    public boolean confirm(String prompt) {
      String answer = next(prompt);
      return answer != null && answer.matches("y|yes");
    }

    private String next(String prompt) {
      prompts.add(prompt);
      return answers.isEmpty() ? null : answers.remove(0);
    }
  }
}
