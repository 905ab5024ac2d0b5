package ai.pyromind.pyro.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored help pages ({@code cli/HelpPages.java}) are what every command prints for {@code
 * --help} and {@code -h}, under every spelling of its name. Update with {@code
 * -Dgolden.update=true}.
 */
class HelpPagesTest {
  private static final Path SOURCE = Path.of("src/main/java/ai/pyromind/pyro/cli/HelpPages.java");
  @TempDir Path home;

  @Test
  void theCommittedPagesAreWhatEachCommandPrintsForHelp() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String path : CommandModelTest.byPath(wholeTree()).keySet()) {
      String words = path.equals("pyro") ? "" : path.substring("pyro ".length());
      String[] line = words.isEmpty() ? new String[0] : words.split(" ");
      PyroRun.Result help = new PyroRun(home).run(append(line, "--help")).assertSucceeded();
      assertThat(help.out()).as(path + " --help").isNotEmpty().doesNotContain("\u001b");
      assertThat(new PyroRun(home).run(append(line, "-h")).assertSucceeded().out())
          .as(path + " -h")
          .isEqualTo(help.out());
      pages.put(words, help.out());
    }
    assertThat(pages).containsKeys("", "sandbox list", "sbx ls", "train submit");
    String source = HelpPagesWriter.write("ai.pyromind.pyro.cli", pages);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(SOURCE, source, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as(SOURCE + " (regenerate with -Dgolden.update=true)")
        .isEqualTo(source);
  }

  private picocli.CommandLine wholeTree() {
    Context context = new Context(new PyroRun(home).envForTests());
    return Pyro.commandLine(
        context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private static String[] append(String[] words, String last) {
    String[] line = java.util.Arrays.copyOf(words, words.length + 1);
    line[words.length] = last;
    return line;
  }
}
