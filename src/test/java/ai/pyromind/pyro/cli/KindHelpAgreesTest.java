package ai.pyromind.pyro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import ai.pyromind.pyro.testing.PyroRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * The values {@code list --status} and {@code wait --for} accept come from {@link ResourceKind};
 * their help, which annotations must spell out, names exactly those values.
 */
class KindHelpAgreesTest {
  @TempDir Path home;

  @ParameterizedTest
  @EnumSource(ResourceKind.class)
  void listStatusAndWaitForNameTheKindsStatuses(ResourceKind kind) {
    CommandLine group = root().getSubcommands().get(Groups.of(kind));
    String statuses = String.join(", ", kind.statuses());
    assertThat(description(group.getSubcommands().get("list"), "--status"))
        .endsWith("with this status: " + statuses + ".");
    assertThat(description(group.getSubcommands().get("wait"), "--for"))
        .startsWith("The state to wait for: " + statuses + ", deleted (default ");
  }

  private CommandLine root() {
    Context context = new Context(new PyroRun(home).envForTests());
    return Pyro.commandLine(
        context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private static String description(CommandLine command, String option) {
    return String.join(" ", command.getCommandSpec().findOption(option).description());
  }
}
