package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.NeedsContext;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Creates commands with picocli's default factory and hands each the run's context; as a {@link
 * Supplier}, builds the whole command tree for the context (completion scripts ask for it through
 * {@code Context.wholeTree()}; a class of its own, or a lambda, would load one more class per run).
 */
public final class PyroFactory implements CommandLine.IFactory, Supplier<CommandLine> {
  private final Context context;
  private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

  public PyroFactory(Context context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K instance = defaults.create(type);
    if (instance instanceof NeedsContext needsContext) {
      needsContext.context(context);
    }
    return instance;
  }

  @Override
  public CommandLine get() {
    return Pyro.commandLine(context, context.out().data(), context.out().err());
  }
}
