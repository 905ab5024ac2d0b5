package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.api.ApiCommand;
import ai.pyromind.pyro.cli.auth.AuthCommand;
import ai.pyromind.pyro.cli.completion.CompleteIds;
import ai.pyromind.pyro.cli.completion.CompletionCommand;
import ai.pyromind.pyro.cli.config.ConfigCommand;
import ai.pyromind.pyro.cli.emulator.EmulatorCommand;
import ai.pyromind.pyro.cli.inference.InferenceCommand;
import ai.pyromind.pyro.cli.instance.InstanceCommand;
import ai.pyromind.pyro.cli.sandbox.SandboxCommand;
import ai.pyromind.pyro.cli.train.TrainCommand;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command groups under {@code pyro}. Start-up builds in full only the group the command line
 * names; the others get a light entry (name, aliases, description read from their annotation),
 * which is all that root help and "unknown command" need.
 */
final class CommandTree {
  static final List<Class<?>> GROUPS =
      List.of(
          SandboxCommand.class,
          InstanceCommand.class,
          InferenceCommand.class,
          TrainCommand.class,
          AuthCommand.class,
          ConfigCommand.class,
          ApiCommand.class,
          EmulatorCommand.class,
          CompletionCommand.class,
          CompleteIds.class,
          VersionCommand.class);

  /** Global options that take a value as the next word. */
  private static final Set<String> VALUE_OPTIONS =
      Set.of(
          "-o",
          "--output",
          "--jq",
          "-p",
          "--profile",
          "--api-url",
          "--request-timeout",
          "--retries",
          "--color");

  private CommandTree() {}

  /** Adds every group: in full when {@code full}, else only the one the arguments name. */
  static void addGroups(
      CommandLine root, CommandLine.IFactory factory, String[] args, boolean full) {
    String wanted = full ? null : firstWord(args);
    for (Class<?> group : GROUPS) {
      Command command = group.getAnnotation(Command.class);
      boolean named =
          wanted != null
              && (command.name().equals(wanted) || List.of(command.aliases()).contains(wanted));
      if (full || named) {
        root.addSubcommand(command.name(), new CommandLine(group, factory), command.aliases());
      } else {
        root.addSubcommand(command.name(), new CommandLine(light(command)), command.aliases());
      }
    }
  }

  private static CommandSpec light(Command command) {
    CommandSpec spec = CommandSpec.create().name(command.name());
    spec.usageMessage().description(command.description()).hidden(command.hidden());
    return spec;
  }

  /** {@code pyro --version} (or {@code -V}) needs no command groups at all. */
  private static boolean onlyVersion(String[] args) {
    List<String> words = List.of(args);
    return (words.contains("--version") || words.contains("-V"))
        && !words.contains("--help")
        && !words.contains("-h");
  }

  /** The first word that is not a global option or its value: the group, if any. */
  static String firstWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return i + 1 < args.length ? args[i + 1] : null;
      }
      if (!arg.startsWith("-")) {
        return arg;
      }
      if (VALUE_OPTIONS.contains(arg)) {
        i++;
      }
    }
    return null;
  }
}
