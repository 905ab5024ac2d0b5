package ai.pyromind.pyro.testing;

import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.cmdutil.Choice;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.ListPicker;
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
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs pyro in-process with a made-up world: env, stdin, terminals, simulated time (a clock that
 * stands at {@link #NOW} until a wait moves it), prompter.
 */
public final class PyroRun {
  public static final Instant NOW = Instant.parse("2024-01-05T00:00:00Z");

  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";
  private boolean stdoutTerminal;
  private boolean stdinTerminal;
  private Boolean stderrTerminal;
  private int width = 120;
  private final List<String> answers = new ArrayList<>();
  private final List<String> prompts = new ArrayList<>();
  private java.io.OutputStream stdout;
  private byte[] keys;
  private boolean controllingTerminal = true;
  private final java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
  private final SimulatedTime time = new SimulatedTime(NOW);

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

  /** stderr a terminal or not; by default it is one when stdin is. */
  public PyroRun stderrTerminal(boolean value) {
    this.stderrTerminal = value;
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

  /**
   * The keys typed into a picker: it then runs for real, on a JLine terminal reading these bytes
   * and drawing into {@link #screen()}.
   */
  public PyroRun keys(String typed) {
    this.keys = typed.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** stdin may be a terminal, but the process has none of its own: no /dev/tty (setsid). */
  public PyroRun noControllingTerminal() {
    this.controllingTerminal = false;
    return this;
  }

  /** What a picker drew. */
  public String screen() {
    return screen.toString(StandardCharsets.UTF_8);
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
        stderrTerminal == null ? stdinTerminal : stderrTerminal,
        time::now,
        time,
        () -> width,
        new FakePrompter());
  }

  /** The simulated time the run's waits and pauses pass in; it starts at {@link #NOW}. */
  public SimulatedTime time() {
    return time;
  }

  /**
   * Runs a command line given as one string: words split at spaces, a word with spaces in single
   * quotes ({@code sandbox create 'my box'}).
   */
  public Result runLine(String line) {
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return run(words.toArray(String[]::new));
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env world = envForTests();
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
    /** Fails, showing the whole run, unless it exited 0 with nothing on stderr. */
    public Result assertSucceeded() {
      return assertEnded(0, "");
    }

    /** Fails, showing the whole run, unless it exited with this code and this stderr. */
    public Result assertEnded(int expectedCode, String expectedErr) {
      org.assertj.core.api.Assertions.assertThat(code).as(toString()).isEqualTo(expectedCode);
      org.assertj.core.api.Assertions.assertThat(err).as(toString()).isEqualTo(expectedErr);
      return this;
    }

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

    @Override
    public boolean canPick() {
      return controllingTerminal;
    }

    @Override
    public String pick(String title, List<Choice> choices) {
      prompts.add(title);
      if (keys == null) {
        throw new AssertionError("a picker was shown, and the test typed no keys: " + title);
      }
      try (Terminal terminal =
          TerminalBuilder.builder()
              .system(false)
              .streams(new ByteArrayInputStream(keys), screen)
              .type("xterm")
              .size(new Size(100, 24))
              .build()) {
        return new ListPicker(terminal).pick(title, choices);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private String next(String prompt) {
      prompts.add(prompt);
      return answers.isEmpty() ? null : answers.remove(0);
    }
  }
}
