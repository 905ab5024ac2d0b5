package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.NeedsContext;
import picocli.CommandLine;

/** Creates commands with picocli's default factory and hands each the run's context. */
public final class PyroFactory implements CommandLine.IFactory {
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
}
