package ai.pyromind.pyro.cli.cmdutil;

import java.util.concurrent.Callable;

/** A leaf command: gets the context from the factory and returns its exit code. */
public abstract class ContextCommand implements Callable<Integer>, NeedsContext {
  protected Context ctx;

  @Override
  public void context(Context context) {
    this.ctx = context;
  }
}
