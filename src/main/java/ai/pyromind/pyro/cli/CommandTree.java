package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.api.ApiCommand;
import ai.pyromind.pyro.cli.apply.ApplyCommand;
import ai.pyromind.pyro.cli.apply.DeleteCommand;
import ai.pyromind.pyro.cli.auth.AuthCommand;
import ai.pyromind.pyro.cli.auth.AuthLogin;
import ai.pyromind.pyro.cli.auth.AuthLogout;
import ai.pyromind.pyro.cli.auth.AuthStatus;
import ai.pyromind.pyro.cli.auth.AuthToken;
import ai.pyromind.pyro.cli.completion.CompleteIds;
import ai.pyromind.pyro.cli.completion.CompletionCommand;
import ai.pyromind.pyro.cli.config.ConfigCommand;
import ai.pyromind.pyro.cli.config.ConfigGet;
import ai.pyromind.pyro.cli.config.ConfigList;
import ai.pyromind.pyro.cli.config.ConfigSet;
import ai.pyromind.pyro.cli.config.ConfigUnset;
import ai.pyromind.pyro.cli.config.ConfigUse;
import ai.pyromind.pyro.cli.emulator.EmulatorCommand;
import ai.pyromind.pyro.cli.emulator.EmulatorFault;
import ai.pyromind.pyro.cli.emulator.EmulatorFaultAdd;
import ai.pyromind.pyro.cli.emulator.EmulatorFaultClear;
import ai.pyromind.pyro.cli.emulator.EmulatorFaultList;
import ai.pyromind.pyro.cli.emulator.EmulatorStart;
import ai.pyromind.pyro.cli.emulator.EmulatorStatus;
import ai.pyromind.pyro.cli.emulator.EmulatorStop;
import ai.pyromind.pyro.cli.inference.InferenceCommand;
import ai.pyromind.pyro.cli.inference.InferenceCreate;
import ai.pyromind.pyro.cli.inference.InferenceDelete;
import ai.pyromind.pyro.cli.inference.InferenceGet;
import ai.pyromind.pyro.cli.inference.InferenceList;
import ai.pyromind.pyro.cli.inference.InferenceLogs;
import ai.pyromind.pyro.cli.inference.InferenceWait;
import ai.pyromind.pyro.cli.instance.InstanceCommand;
import ai.pyromind.pyro.cli.instance.InstanceCreate;
import ai.pyromind.pyro.cli.instance.InstanceDelete;
import ai.pyromind.pyro.cli.instance.InstanceEdit;
import ai.pyromind.pyro.cli.instance.InstanceGet;
import ai.pyromind.pyro.cli.instance.InstanceList;
import ai.pyromind.pyro.cli.instance.InstanceOpen;
import ai.pyromind.pyro.cli.instance.InstancePause;
import ai.pyromind.pyro.cli.instance.InstanceResume;
import ai.pyromind.pyro.cli.instance.InstanceToken;
import ai.pyromind.pyro.cli.instance.InstanceWait;
import ai.pyromind.pyro.cli.sandbox.SandboxAction;
import ai.pyromind.pyro.cli.sandbox.SandboxBatch;
import ai.pyromind.pyro.cli.sandbox.SandboxCommand;
import ai.pyromind.pyro.cli.sandbox.SandboxCreate;
import ai.pyromind.pyro.cli.sandbox.SandboxDelete;
import ai.pyromind.pyro.cli.sandbox.SandboxGet;
import ai.pyromind.pyro.cli.sandbox.SandboxInstall;
import ai.pyromind.pyro.cli.sandbox.SandboxList;
import ai.pyromind.pyro.cli.sandbox.SandboxPower;
import ai.pyromind.pyro.cli.sandbox.SandboxRun;
import ai.pyromind.pyro.cli.sandbox.SandboxVnc;
import ai.pyromind.pyro.cli.sandbox.SandboxWait;
import ai.pyromind.pyro.cli.train.TrainCommand;
import ai.pyromind.pyro.cli.train.TrainDelete;
import ai.pyromind.pyro.cli.train.TrainGet;
import ai.pyromind.pyro.cli.train.TrainList;
import ai.pyromind.pyro.cli.train.TrainLogs;
import ai.pyromind.pyro.cli.train.TrainPause;
import ai.pyromind.pyro.cli.train.TrainResume;
import ai.pyromind.pyro.cli.train.TrainSubmit;
import ai.pyromind.pyro.cli.train.TrainWait;
import ai.pyromind.pyro.cli.train.TrainWatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command tree under {@code pyro}: its groups and their commands, in help order. Start-up
 * builds only what the command line names (the group, and the command in it), in full, and nothing
 * beside it; where the line names none (help, a typo), every entry at that level is a light one
 * (name, aliases, description read from its annotation), which is all that help and "unknown
 * command" need. Reading picocli's annotations costs a few ms a command; a light entry ~1 ms.
 */
final class CommandTree {
  private record Node(Class<?> command, List<Node> children) {}

  private static final List<Node> GROUPS =
      List.of(
          group(
              SandboxCommand.class,
              SandboxList.class,
              SandboxCreate.class,
              SandboxGet.class,
              SandboxDelete.class,
              SandboxAction.class,
              SandboxPower.Start.class,
              SandboxPower.Stop.class,
              SandboxPower.Restart.class,
              SandboxPower.Reboot.class,
              SandboxInstall.class,
              SandboxRun.class,
              SandboxBatch.class,
              SandboxVnc.class,
              SandboxWait.class),
          group(
              InstanceCommand.class,
              InstanceList.class,
              InstanceCreate.class,
              InstanceGet.class,
              InstanceEdit.class,
              InstanceDelete.class,
              InstancePause.class,
              InstanceResume.class,
              InstanceToken.class,
              InstanceWait.class,
              InstanceOpen.class),
          group(
              InferenceCommand.class,
              InferenceCreate.class,
              InferenceList.class,
              InferenceGet.class,
              InferenceDelete.class,
              InferenceWait.class,
              InferenceLogs.class),
          group(
              TrainCommand.class,
              TrainSubmit.class,
              TrainList.class,
              TrainGet.class,
              TrainDelete.class,
              TrainPause.class,
              TrainResume.class,
              TrainWait.class,
              TrainLogs.class,
              TrainWatch.class),
          group(ApplyCommand.class),
          group(DeleteCommand.class),
          group(
              AuthCommand.class,
              AuthLogin.class,
              AuthLogout.class,
              AuthStatus.class,
              AuthToken.class),
          group(
              ConfigCommand.class,
              ConfigList.class,
              ConfigGet.class,
              ConfigSet.class,
              ConfigUnset.class,
              ConfigUse.class),
          group(ApiCommand.class),
          group(
              EmulatorCommand.class,
              List.of(
                  group(
                      EmulatorFault.class,
                      EmulatorFaultAdd.class,
                      EmulatorFaultList.class,
                      EmulatorFaultClear.class)),
              EmulatorStart.class,
              EmulatorStop.class,
              EmulatorStatus.class),
          group(CompletionCommand.class),
          group(CompleteIds.class),
          group(VersionCommand.class));

  /** Global options that take a value as the next word. */
  static final Set<String> VALUE_OPTIONS =
      Set.of(
          "-o",
          "--output",
          "--error-format",
          "--jq",
          "-p",
          "--profile",
          "--api-url",
          "--request-timeout",
          "--retries",
          "--color",
          "--ca-file");

  private CommandTree() {}

  private static Node group(Class<?> command, Class<?>... commands) {
    return group(command, List.of(), commands);
  }

  /** A group whose own groups come after its commands, e.g. {@code emulator fault}. */
  private static Node group(Class<?> command, List<Node> groups, Class<?>... commands) {
    List<Node> children = new ArrayList<>(commands.length + groups.size());
    for (Class<?> child : commands) {
      children.add(new Node(child, List.of()));
    }
    children.addAll(groups);
    return new Node(command, children);
  }

  /** Adds the groups and their commands: all in full when {@code full}, else as the line names. */
  static void addGroups(
      CommandLine root, CommandLine.IFactory factory, String[] args, boolean full) {
    addChildren(root, GROUPS, full ? List.of() : commandWords(args), 0, full, factory);
  }

  /**
   * Adds the child the line names at this depth, in full, and nothing beside it; where it names
   * none, a light entry for each child.
   */
  private static void addChildren(
      CommandLine parent,
      List<Node> children,
      List<String> words,
      int depth,
      boolean full,
      CommandLine.IFactory factory) {
    String wanted = depth < words.size() ? words.get(depth) : null;
    Node named = null;
    for (Node child : children) {
      if (named == null && names(child.command(), wanted)) {
        named = child;
      }
    }
    for (Node child : children) {
      Command annotation = child.command().getAnnotation(Command.class);
      if (full || child == named) {
        CommandLine line = new CommandLine(child.command(), factory);
        addChildren(line, child.children(), words, depth + 1, full, factory);
        parent.addSubcommand(annotation.name(), line, annotation.aliases());
      } else if (named == null) {
        parent.addSubcommand(annotation.name(), light(annotation), annotation.aliases());
      }
    }
  }

  private static boolean names(Class<?> command, String word) {
    Command annotation = command.getAnnotation(Command.class);
    return word != null
        && (annotation.name().equals(word) || List.of(annotation.aliases()).contains(word));
  }

  private static CommandLine light(Command annotation) {
    CommandSpec spec = CommandSpec.create().name(annotation.name());
    spec.usageMessage().description(annotation.description()).hidden(annotation.hidden());
    return new CommandLine(spec);
  }

  /**
   * The first three words that are not global options or their values: the group, the command and
   * (for a group within a group, such as {@code emulator fault add}) its command, as far as the
   * line has them.
   */
  static List<String> commandWords(String[] args) {
    List<String> words = new ArrayList<>(3);
    boolean optionsEnded = false;
    for (int i = 0; i < args.length && words.size() < 3; i++) {
      String arg = args[i];
      if (arg.equals("--") && !optionsEnded) {
        optionsEnded = true;
      } else if (optionsEnded || !arg.startsWith("-")) {
        words.add(arg);
      } else if (VALUE_OPTIONS.contains(arg)) {
        i++;
      }
    }
    return words;
  }
}
