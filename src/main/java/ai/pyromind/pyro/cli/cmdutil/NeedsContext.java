package ai.pyromind.pyro.cli.cmdutil;

/**
 * A command that works with the run's {@link Context}; the root's {@code PyroFactory} hands it in.
 */
public interface NeedsContext {
  void context(Context context);
}
