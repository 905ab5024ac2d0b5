package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.api.ApiCommand;
import ai.pyromind.pyro.cli.apply.ApplyCommand;
import ai.pyromind.pyro.cli.apply.DeleteCommand;
import ai.pyromind.pyro.cli.auth.AuthCommand;
import ai.pyromind.pyro.cli.completion.CompleteIds;
import ai.pyromind.pyro.cli.completion.CompletionCommand;
import ai.pyromind.pyro.cli.config.ConfigCommand;
import ai.pyromind.pyro.cli.emulator.EmulatorCommand;
import ai.pyromind.pyro.cli.inference.InferenceCommand;
import ai.pyromind.pyro.cli.instance.InstanceCommand;
import ai.pyromind.pyro.cli.sandbox.SandboxCommand;
import ai.pyromind.pyro.cli.train.TrainCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command tree under {@code pyro}: the nouns below, each declaring its own commands
 * ({@code @Command(subcommands = ...)}), built by {@link CommandModel} (generated from the
 * annotations) without reading an annotation at run time. Start-up builds only what the command
 * line names (the group, and the command in it), in full, and nothing beside it; where the line
 * names none (help, a typo), every entry at that level is a light one (name, aliases, description),
 * which is all that help and "unknown command" need.
 */
public final class CommandTree {
  /** The commands directly under {@code pyro}, in help order. */
  public static final List<Class<?>> NOUNS =
      List.of(
          SandboxCommand.class,
          InstanceCommand.class,
          InferenceCommand.class,
          TrainCommand.class,
          ApplyCommand.class,
          DeleteCommand.class,
          AuthCommand.class,
          ConfigCommand.class,
          ApiCommand.class,
          EmulatorCommand.class,
          CompletionCommand.class,
          CompleteIds.class,
          VersionCommand.class);

  /** One command of the tree: what its light entry shows, and its number in the model. */
  record Entry(
      String name,
      String[] aliases,
      String[] description,
      boolean hidden,
      int id,
      List<Entry> children) {}

  private CommandTree() {}

  /** The model picocli makes by reading the annotations: what {@link CommandModel} copies. */
  public static CommandLine annotated(CommandLine.IFactory factory) {
    CommandLine root = new CommandLine(ai.pyromind.pyro.cli.cmdutil.PyroCommand.class, factory);
    for (Class<?> noun : NOUNS) {
      root.addSubcommand(new CommandLine(noun, factory));
    }
    return root;
  }

  /** The annotations' model as a run shows it: the picker's IDs optional, as {@link #build}. */
  public static CommandLine annotatedAsRun(CommandLine.IFactory factory) {
    CommandLine root = annotated(factory);
    offerPicks(root);
    return root;
  }

  private static void offerPicks(CommandLine line) {
    // distinct: an alias maps to the same command line as its name
    for (CommandLine sub : new java.util.LinkedHashSet<>(line.getSubcommands().values())) {
      Picks.offer(sub);
      offerPicks(sub);
    }
  }

  /** The root command with its commands: all in full when {@code full}, else as the line names. */
  static CommandLine build(CommandLine.IFactory factory, String[] args, boolean full) {
    CommandLine root = new CommandLine(spec(CommandModel.ROOT, factory), factory);
    List<String> words = full ? List.of() : commandWords(args, root.getCommandSpec());
    addChildren(root, CommandModel.ROOT.children(), words, 0, full, factory);
    return root;
  }

  /**
   * Adds the child the line names at this depth, in full, and nothing beside it; where it names
   * none, a light entry for each child.
   */
  private static void addChildren(
      CommandLine parent,
      List<Entry> children,
      List<String> words,
      int depth,
      boolean full,
      CommandLine.IFactory factory) {
    String wanted = depth < words.size() ? words.get(depth) : null;
    Entry named = null;
    for (Entry child : children) {
      if (named == null && names(child, wanted)) {
        named = child;
      }
    }
    for (Entry child : children) {
      if (full || child == named) {
        CommandLine line = new CommandLine(spec(child, factory), factory);
        addChildren(line, child.children(), words, depth + 1, full, factory);
        parent.addSubcommand(child.name(), line, child.aliases());
        Picks.offer(line);
      } else if (named == null) {
        parent.addSubcommand(child.name(), light(child), child.aliases());
      }
    }
  }

  private static CommandSpec spec(Entry entry, CommandLine.IFactory factory) {
    try {
      return CommandModel.build(entry.id(), factory);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot build " + entry.name(), e);
    }
  }

  private static boolean names(Entry entry, String word) {
    return word != null && (entry.name().equals(word) || List.of(entry.aliases()).contains(word));
  }

  private static CommandLine light(Entry entry) {
    CommandSpec spec = CommandSpec.create().name(entry.name());
    spec.usageMessage().description(entry.description()).hidden(entry.hidden());
    return new CommandLine(spec);
  }

  /**
   * The first three words that are not global options or their values: the group, the command and
   * (for a group within a group, such as {@code emulator fault add}) its command, as far as the
   * line has them. Which global options take a value comes from the root's model.
   */
  static List<String> commandWords(String[] args, CommandSpec root) {
    Set<String> valueOptions = new HashSet<>();
    for (OptionSpec option : root.options()) {
      if (option.arity().max() > 0) {
        valueOptions.addAll(List.of(option.names()));
      }
    }
    List<String> words = new ArrayList<>(3);
    boolean optionsEnded = false;
    for (int i = 0; i < args.length && words.size() < 3; i++) {
      String arg = args[i];
      if (arg.equals("--") && !optionsEnded) {
        optionsEnded = true;
      } else if (optionsEnded || !arg.startsWith("-")) {
        words.add(arg);
      } else if (valueOptions.contains(arg)) {
        i++;
      }
    }
    return words;
  }
}
