package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.output.StdoutGuard;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --version}, and a stored help page where picocli would print the same plain text. */
class QuickAnswersTest {
  @TempDir Path home;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int answer(Map<String, String> env, boolean stdoutTerminal, String... args) {
    return QuickAnswers.answer(
        args, env, () -> stdoutTerminal, new PrintWriter(out), new PrintWriter(err));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "-h",
        "sandbox --help",
        "sandbox list --help",
        "sbx ls -h",
        "train submit --help",
        "emulator fault add --help",
        "__complete --help"
      })
  void aHelpLineOnAPlainOutputPrintsWhatTheCommandPrints(String line) {
    String[] args = line.split(" ");
    PyroRun.Result full = new PyroRun(home).run(args).assertSucceeded();

    assertThat(answer(Map.of(), false, args)).isZero();
    assertThat(out.toString()).isEqualTo(full.out());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void versionPrintsTheVersionLines() {
    PyroRun.Result full = new PyroRun(home).run("--version").assertSucceeded();

    assertThat(answer(Map.of(), true, "--version")).isZero();
    assertThat(out.toString()).isEqualTo(full.out()).startsWith("pyro ");
    assertThat(answer(Map.of(), true, "-V")).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-p local sandbox list --help",
        "sandbox list -o json --help",
        "sandbox nope --help",
        "sandbox list sbx_1 --help",
        "SANDBOX list --help",
        "--help sandbox",
        "sandbox list",
        "--version sandbox",
        "help sandbox"
      })
  void otherLinesAreLeftToTheCommandModel(String line) {
    assertThat(answer(Map.of(), false, line.split(" "))).isEqualTo(QuickAnswers.NOT_QUICK);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aWordWithASpaceOrNoWordsAtAllAreNotCommandWords() {
    assertThat(answer(Map.of(), false, "sandbox list", "--help")).isEqualTo(QuickAnswers.NOT_QUICK);
    assertThat(answer(Map.of(), false)).isEqualTo(QuickAnswers.NOT_QUICK);
    assertThat(answer(Map.of(), false, "", "--help")).isEqualTo(QuickAnswers.NOT_QUICK);
  }

  @Test
  void onATerminalPicocliSizesAndColoursTheHelpItself() {
    assertThat(answer(Map.of(), true, "sandbox", "--help")).isEqualTo(QuickAnswers.NOT_QUICK);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void colourForcedByClicolorForceIsLeftToPicocliUnlessNoColorIsSet() {
    Map<String, String> env = new HashMap<>(Map.of("CLICOLOR_FORCE", "1"));
    assertThat(answer(env, false, "--help")).isEqualTo(QuickAnswers.NOT_QUICK);
    env.put("CLICOLOR_FORCE", "");
    assertThat(answer(env, false, "--help")).isEqualTo(QuickAnswers.NOT_QUICK);

    env.put("NO_COLOR", "");
    assertThat(answer(env, false, "--help")).isZero();
    assertThat(answer(Map.of("CLICOLOR_FORCE", "0"), false, "--help")).isZero();
  }

  @Test
  void aPicocliSystemPropertyLeavesTheHelpToPicocli() {
    System.setProperty("picocli.quick-answers-test", "x");
    try {
      assertThat(answer(Map.of(), false, "--help")).isEqualTo(QuickAnswers.NOT_QUICK);
    } finally {
      System.clearProperty("picocli.quick-answers-test");
    }
    assertThat(answer(Map.of(), false, "--help")).isZero();
  }

  @Test
  void helpIntoAClosedPipeEndsWith141AndSaysNothing() {
    int code = answerInto(new FailingStream("Broken pipe"), Map.of(), "sandbox", "--help");

    assertThat(code).isEqualTo(ExitCode.OUTPUT_CLOSED);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void helpOnAFullDiskIsOneErrorLineAndExit1_JsonWhenPyroOutputIsJson() {
    int code = answerInto(new FailingStream("No space left on device"), Map.of(), "--help");

    assertThat(code).isEqualTo(ExitCode.FAILURE);
    assertThat(err.toString()).startsWith("error: ").contains("No space left").hasLineCount(1);

    err.getBuffer().setLength(0);
    answerInto(new FailingStream("No space left on device"), Map.of("PYRO_OUTPUT", "json"), "-h");
    assertThat(err.toString()).startsWith("{").contains("\"exit_code\":1").hasLineCount(1);
  }

  private int answerInto(OutputStream stdout, Map<String, String> env, String... args) {
    PrintWriter guarded =
        new PrintWriter(
            new OutputStreamWriter(new StdoutGuard(stdout), StandardCharsets.UTF_8), false);
    return QuickAnswers.answer(args, env, () -> false, guarded, new PrintWriter(err));
  }

  private static final class FailingStream extends OutputStream {
    private final String reason;

    FailingStream(String reason) {
      this.reason = reason;
    }

    @Override
    public void write(int b) throws IOException {
      throw new IOException(reason);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException(reason);
    }
  }
}
