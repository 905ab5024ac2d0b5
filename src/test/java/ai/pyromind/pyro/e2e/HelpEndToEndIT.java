package ai.pyromind.pyro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.pyromind.pyro.testing.PyroRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped binary's help: a stored page on a pipe, picocli's own on a terminal (colored, at the
 * terminal's width).
 */
class HelpEndToEndIT {
  @TempDir Path home;

  @Test
  void helpOnAPipeIsWhatTheCommandModelPrints() {
    for (String[] line :
        List.of(
            new String[] {"--help"},
            new String[] {"sandbox", "list", "--help"},
            new String[] {"inf", "ls", "-h"})) {
      PyroProcess.Result shipped = new PyroProcess(home).run(line).succeeded();
      assertThat(shipped.out()).isEqualTo(new PyroRun(home).run(line).assertSucceeded().out());
    }
  }

  @Test
  void helpOnATerminalIsColouredAndAsWideAsTheTerminal() throws Exception {
    assumeThat(Path.of("/usr/bin/script")).as("util-linux script(1)").exists();
    Path out = home.resolve("screen.txt");
    String inner = "stty cols 100 rows 40; exec '" + PyroProcess.BINARY + "' sandbox list --help";
    Process script =
        new ProcessBuilder("/usr/bin/script", "-qec", inner, "/dev/null")
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String screen = Files.readString(out, StandardCharsets.UTF_8);

    assertThat(screen).contains("\u001b[1mpyro sandbox list");
    String plain = screen.replaceAll("\u001b\\[[0-9;]*m", "").replace("\r", "");
    int widest = plain.lines().mapToInt(String::length).max().orElse(0);
    assertThat(widest).as(plain).isGreaterThan(80).isLessThanOrEqualTo(100);
  }
}
