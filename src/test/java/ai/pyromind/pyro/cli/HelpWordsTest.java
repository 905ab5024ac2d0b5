package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Words;
import ai.pyromind.pyro.testing.Articles;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The words of every help text: plurals, articles, and what an ID argument names. */
class HelpWordsTest {
  /** Nouns whose plural is not noun + "s", the ones a message or help text is likely to use. */
  private static final List<String> NOUNS =
      List.of(
          "sandbox",
          "status",
          "batch",
          "process",
          "address",
          "index",
          "box",
          "match",
          "patch",
          "entry",
          "directory",
          "proxy",
          "policy",
          "query",
          "retry",
          "copy",
          "history",
          "category",
          "property",
          "child",
          "datum",
          "class",
          "alias",
          "prefix",
          "suffix",
          "hash",
          "flash");

  private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?) [`'\"(]?([A-Za-z][\\w-]*)");
  private static final Map<String, String> ID_NOUN =
      Map.of("sandbox", "sandbox", "instance", "instance", "train", "job", "inference", "job");

  @TempDir Path home;

  @Test
  void noHelpTextPutsAPlainSOnANounWhosePluralIsIrregular() {
    List<String> wrong = new ArrayList<>();
    for (CommandLine cmd : allCommands()) {
      for (String text : HelpTexts.of(cmd.getCommandSpec())) {
        for (String noun : NOUNS) {
          assertThat(Words.plural(noun)).as(noun).isNotEqualTo(noun + "s");
          if (text.matches("(?is).*\\b" + noun + "s\\b.*")) {
            wrong.add(cmd.getCommandSpec().qualifiedName() + ": " + text);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyAOrAnInAHelpTextFitsTheWordAfterIt() {
    List<String> wrong = new ArrayList<>();
    for (CommandLine cmd : allCommands()) {
      for (String text : HelpTexts.of(cmd.getCommandSpec())) {
        Matcher m = ARTICLE.matcher(text);
        while (m.find()) {
          if (!m.group(1).equalsIgnoreCase(Articles.article(m.group(2)))) {
            wrong.add(cmd.getCommandSpec().qualifiedName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anIdArgumentNamesWhatItIdentifies() {
    List<String> wrong = new ArrayList<>();
    for (CommandLine cmd : allCommands()) {
      String[] words = cmd.getCommandSpec().qualifiedName().split(" ");
      String noun = words.length > 1 ? ID_NOUN.get(words[1]) : null;
      for (PositionalParamSpec param : cmd.getCommandSpec().positionalParameters()) {
        String text = String.join(" ", param.description());
        if (noun != null
            && param.paramLabel().equals("ID")
            && !text.equals("The " + noun + "'s id or name.")
            && !text.equals("The " + Words.plural(noun) + "' ids or names.")) {
          wrong.add(cmd.getCommandSpec().qualifiedName() + ": " + text);
        }
      }
    }
    assertThat(wrong).isEmpty();
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
    if (!into.contains(cmd)) {
      into.add(cmd);
      cmd.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
  }
}
