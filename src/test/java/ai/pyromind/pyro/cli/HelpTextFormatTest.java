package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help texts are picocli format strings: a lone '%' makes picocli print a warning on stderr with
 * the help (as "fails at P%." in {@code emulator start --help} once did).
 */
class HelpTextFormatTest {
  private static final Pattern LONE_PERCENT = Pattern.compile("%(?!n)");
  @TempDir java.nio.file.Path home;

  @Test
  void noHelpTextHasALonePercent() {
    Context context = new Context(new PyroRun(home).envForTests());
    CommandLine root =
        Pyro.commandLine(
            context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<String> bad = new ArrayList<>();
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    assertThat(all).hasSizeGreaterThan(60);
    for (CommandLine cmd : all) {
      CommandSpec spec = cmd.getCommandSpec();
      List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
      texts.addAll(List.of(spec.usageMessage().footer()));
      spec.options().forEach(o -> texts.addAll(List.of(o.description())));
      spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
      for (String text : texts) {
        if (LONE_PERCENT.matcher(text.replace("%%", "")).find()) {
          bad.add(spec.qualifiedName() + ": " + text);
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  private static void collect(CommandLine cmd, List<CommandLine> into) {
    into.add(cmd);
    cmd.getSubcommands().values().stream()
        .distinct()
        .filter(sub -> !into.contains(sub))
        .forEach(sub -> collect(sub, into));
  }
}
