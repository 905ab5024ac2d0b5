package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.VersionInfo;
import picocli.CommandLine.Command;

/** {@code pyro version}: version, commit, build time, runtime, OS/arch. */
@Command(
    name = "version",
    description = "Print the version, commit, build time, runtime and OS/arch.",
    footer = {"", "Example:", "  pyro version"})
public final class VersionCommand extends ContextCommand {
  @Override
  public Integer call() {
    for (String line : VersionInfo.load().lines()) {
      ctx.out().println(line);
    }
    return ExitCode.OK;
  }
}
