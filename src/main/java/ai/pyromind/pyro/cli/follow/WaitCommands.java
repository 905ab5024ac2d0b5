package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Validate;
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
    Waiter waiter = new Waiter(ctx, id, path);
    int code =
        waiter.await(rule, options.timeout(), options.interval(), reattach(ctx, noun, id, rule));
    if (code == ExitCode.OK && !rule.wanted().equals(StateRule.DELETED) && view != null) {
      ctx.renderer().row(view, waiter.last());
    }
    return code;
  }

  /** The command that waits again, shown after Ctrl-C. */
  public static String reattach(Context ctx, String noun, String id, StateRule rule) {
    return ctx.rerun(noun, "wait", id, "--for", rule.wanted());
  }
}
