package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Guards;
import ai.pyromind.pyro.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro config use PROFILE}: the profile used when none is named. */
@Command(
    name = "use",
    description = "Make a profile the current one.",
    footer = {"", "Example:", "  pyro config use local"})
public final class ConfigUse extends ContextCommand {
  @Parameters(index = "0", paramLabel = "PROFILE", description = "An existing profile.")
  String profile;

  @Override
  public Integer call() {
    Guards.profileName(profile, "config use");
    ctx.updateConfig(
        config -> {
          use(config);
          return null;
        });
    ctx.out().success("now using profile " + profile);
    return ExitCode.OK;
  }

  private void use(Config config) {
    if (!config.hasProfile(profile)) {
      throw Guards.unknownProfile(profile, config);
    }
    config.currentProfile(profile);
  }
}
