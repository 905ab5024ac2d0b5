package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.Context;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.Validate;
import ai.pyromind.pyro.output.View;

/** What {@code wait} and {@code --wait} share: check the state wanted, wait, show the result. */
public final class WaitCommands {
  private WaitCommands() {}

  /**
   * Waits for a resource and, when it got there, prints it like {@code get} would (a row).
   *
   * @param allowed the states {@code --for} accepts
   */
  public static int waitFor(
      Context ctx,
      String noun,
      String id,
      String path,
      StateRule rule,
      WaitOptions options,
      View view,
      String... allowed) {
    Validate.oneOf("--for", rule.wanted(), allowed);
    String reattach = "pyro " + noun + " wait " + id + " --for " + rule.wanted();
    int code =
        new Waiter(ctx, id, path).await(rule, options.timeout(), options.interval(), reattach);
    if (code == ExitCode.OK && !rule.wanted().equals(StateRule.DELETED) && view != null) {
      ctx.renderer().row(view, ctx.api().get(path, null));
    }
    return code;
  }
}
