package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.cli.PyroFactory;

/** A command that works with the run's {@link Context}; {@link PyroFactory} hands it in. */
public interface NeedsContext {
  void context(Context context);
}
