package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Every command's help as an 80-column terminal shows it. */
class HelpLayoutTest {
  private static final int COLUMNS = 80;

  @TempDir Path home;

  @Test
  void noExampleLineIsWrappedAtEightyColumns() {
    List<String> wrapped = new ArrayList<>();
    for (CommandLine cmd : allCommands()) {
      UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
      usage.autoWidth(false).width(COLUMNS);
      List<String> shown = Arrays.asList(cmd.getUsageMessage().split("\\R"));
      for (String line : exampleLines(usage.footer())) {
        if (!shown.contains(line.stripTrailing())) {
          wrapped.add(cmd.getCommandSpec().qualifiedName() + ": " + line);
        }
      }
      assertThat(shown).as(cmd.getCommandSpec().qualifiedName()).isNotEmpty();
    }
    assertThat(wrapped).as("example lines wrapped at %d columns", COLUMNS).isEmpty();
  }

  @Test
  void everyHelpTextIsAValidFormatStringSoPicocliPrintsNoWarning() {
    List<String> broken = new ArrayList<>();
    for (CommandLine cmd : allCommands()) {
      for (String text : HelpTexts.of(cmd.getCommandSpec())) {
        try {
          String.format(text);
        } catch (IllegalFormatException e) {
          broken.add(cmd.getCommandSpec().qualifiedName() + ": " + text);
        }
      }
    }
    assertThat(broken).as("help texts with a lone %% (write %%%%)").isEmpty();
  }

  /** The lines under "Example:" or "Examples:", up to the next blank line. */
  static List<String> exampleLines(String[] footer) {
    List<String> lines = new ArrayList<>();
    boolean inExamples = false;
    for (String text : footer) {
      for (String line : text.split("\\R", -1)) {
        if (line.matches("Examples?:")) {
          inExamples = true;
        } else if (line.isBlank()) {
          inExamples = false;
        } else if (inExamples) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private List<CommandLine> allCommands() {
    Context context = new Context(new PyroRun(home).env("X", "x").envForTests());
    CommandLine root =
        Pyro.commandLine(
            context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(CommandLine cmd, List<CommandLine> into) {
    if (into.contains(cmd)) {
      return;
    }
    into.add(cmd);
    cmd.getSubcommands().values().forEach(sub -> collect(sub, into));
  }
}
