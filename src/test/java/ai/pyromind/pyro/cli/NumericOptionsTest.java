package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * A value that is no number, or too large a one, for a numeric option is one line naming the option
 * and what it takes, exit 2, nothing sent; never picocli's conversion message with a Java exception
 * in it.
 */
class NumericOptionsTest extends CommandTest {
  private static final String SUBMIT =
      "train submit n --framework pytorch --model m --cpu 1 --memory 1 --train-data d"
          + " --output-bucket b --output-path /p --hp epochs=1 --dry-run";
  private static final String INFER =
      "inference create n --model-type rl --model m --cpu 1 --memory 1 --input i"
          + " --output-bucket b --output-path /p --dry-run";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "train resume train_1 --learning-rate nan | invalid value for option '--learning-rate':"
            + " 'nan' is not a decimal number between 1e-100 and 1e100, e.g. 0.0003 (see 'pyro"
            + " train resume --help')",
        "train resume train_1 --learning-rate inf | invalid value for option '--learning-rate':"
            + " 'inf' is not a decimal number between 1e-100 and 1e100, e.g. 0.0003 (see 'pyro"
            + " train resume --help')",
        "train resume train_1 --learning-rate 0 | --learning-rate must lie between 1e-100 and"
            + " 1e100",
        "sandbox create box --type t --cpu abc --memory 1 | invalid value for option '--cpu':"
            + " 'abc' is not a whole number of at least 1 (see 'pyro sandbox create --help')",
        "sandbox create box --type t --cpu 1 --memory 1e999 | invalid value for option"
            + " '--memory': '1e999' is not a whole number of GB of at least 1 (see 'pyro sandbox"
            + " create --help')",
        "sandbox create box --type t --cpu 99999999999 --memory 1 | invalid value for option"
            + " '--cpu': '99999999999' is too large (a whole number of at least 1 of at most"
            + " 2147483647) (see 'pyro sandbox create --help')",
        "sandbox create box --type t --cpu 1 --memory 1 --gpu x | invalid value for option"
            + " '--gpu': 'x' is not a whole number of at least 0 (see 'pyro sandbox create"
            + " --help')",
        "sandbox create box --type t --cpu 1 --memory 1 --gpu -1 --dry-run | --gpu must be an"
            + " integer of at least 0 (got -1)",
        "sandbox list --limit x | invalid value for option '--limit': 'x' is not a whole number of"
            + " at least 1 (see 'pyro sandbox list --help')",
        "sandbox list --page-size 1.5 | invalid value for option '--page-size': '1.5' is not a"
            + " whole number of at least 1 (see 'pyro sandbox list --help')",
        "sandbox action sbx_1 restart --timeout 10s | invalid value for option '--timeout': '10s'"
            + " is not a whole number of seconds of at least 1 (see 'pyro sandbox action --help')",
        "train logs train_1 --tail all | invalid value for option '--tail': 'all' is not a whole"
            + " number of at least 1 (see 'pyro train logs --help')",
        "train get train_1 --log-lines x | invalid value for option '--log-lines': 'x' is not a"
            + " whole number of at least 1 (see 'pyro train get --help')",
        "--retries x sandbox list | invalid value for option '--retries': 'x' is not a whole"
            + " number from 0 to 100 (see 'pyro --help')",
        "emulator start --speed nan | invalid value for option '--speed': 'nan' is not a positive"
            + " number of at most 1000000 (see 'pyro emulator start --help')",
        "emulator start --port http | invalid value for option '--port': 'http' is not a whole"
            + " number from 0 to 65535 (see 'pyro emulator start --help')",
        "emulator fault add GET /x --status 5xx | invalid value for option '--status': '5xx' is"
            + " not a whole number from 400 to 599 (see 'pyro emulator fault add --help')",
        "sandbox wait sbx_1 --interval x | --interval: invalid duration 'x' (use e.g. 90s, 5m,"
            + " 1h30m, 7d or PT48H)",
      })
  void aBadNumberIsOneLineNamingTheOptionAndWhatItTakes(String line, String error) {
    assertRefusedBeforeSending(line.trim(), error.trim());
  }

  @Test
  void jobOptionsToo() {
    assertRefusedBeforeSending(
        SUBMIT + " --save-frequency 1e3",
        "invalid value for option '--save-frequency': '1e3' is not a whole number of at least 1"
            + " (see 'pyro train submit --help')");
    assertRefusedBeforeSending(
        SUBMIT + " --priority high",
        "invalid value for option '--priority': 'high' is not a whole number from 1 to 10 (see"
            + " 'pyro train submit --help')");
    assertRefusedBeforeSending(
        INFER + " --batch-size -",
        "invalid value for option '--batch-size': '-' is not a whole number of at least 1 (see"
            + " 'pyro inference create --help')");
  }

  @Test
  void aKeyValueNumberOutOfRangeIsRefusedNotSentAsInfinity() {
    assertRefusedBeforeSending(
        SUBMIT + " --hp lr=1e999", "invalid --hp 'lr=1e999': 1e999 is out of range for a number");
    assertRefusedBeforeSending(
        SUBMIT + " --hp lr=-1e400",
        "invalid --hp 'lr=-1e400': -1e400 is out of range for a number");
    PyroRun.Result tiny = pyro().runLine(SUBMIT + " --hp lr=1e-5 --hp x=0e5");
    assertThat(tiny.code()).as(tiny.toString()).isZero();
  }

  /** Every numeric option of every command has its words, so none falls back to a bare form. */
  @Test
  void everyNumericOptionHasItsForm() {
    CommandLine root =
        Pyro.commandLine(
            new ai.pyromind.pyro.cli.cmdutil.Context(pyro().envForTests()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()));
    Set<String> missing = new TreeSet<>();
    List<CommandLine> all = new ArrayList<>(List.of(root));
    for (int i = 0; i < all.size(); i++) {
      all.addAll(all.get(i).getSubcommands().values());
      for (CommandLine.Model.OptionSpec option : all.get(i).getCommandSpec().options()) {
        Class<?> t = option.type();
        boolean numeric =
            Number.class.isAssignableFrom(t)
                || t == int.class
                || t == long.class
                || t == double.class
                || t == float.class;
        if (numeric && !NumberForms.known(option.longestName())) {
          missing.add(all.get(i).getCommandSpec().qualifiedName() + " " + option.longestName());
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
