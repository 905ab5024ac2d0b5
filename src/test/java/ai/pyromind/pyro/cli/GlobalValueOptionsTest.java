package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.cli.cmdutil.PyroCommand;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GlobalValueOptionsTest {
  /** Else `pyro --new-option VALUE sandbox get` takes VALUE for the command's name. */
  @Test
  void everyGlobalOptionThatTakesAValueIsKnownToTheCommandTree() {
    Set<String> takingValues = new TreeSet<>();
    for (CommandLine.Model.OptionSpec option :
        CommandLine.Model.CommandSpec.forAnnotatedObject(new PyroCommand()).options()) {
      if (option.arity().max() > 0) {
        takingValues.addAll(Set.of(option.names()));
      }
    }
    assertThat(CommandTree.VALUE_OPTIONS).containsExactlyInAnyOrderElementsOf(takingValues);
  }
}
