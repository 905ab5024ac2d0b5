package ai.pyromind.pyro.cli.follow;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.output.View;
import java.util.ArrayList;
import java.util.List;

/** What {@code wait} and {@code --wait} share: check the state wanted, wait, show the result. */
public final class WaitCommands {
  private WaitCommands() {}

  /**
   * Waits for a resource to be in the state {@code --for} names (one of the kind's statuses, or
   * deleted) and, when it got there, prints it like {@code get} would (a row).
   */
  public static int waitFor(
      Context ctx, ResourceKind kind, String id, String state, WaitOptions options, View view) {
    List<String> allowed = new ArrayList<>(List.of(kind.statuses()));
    allowed.add(StateRule.DELETED);
    Validate.oneOf("--for", state, allowed.toArray(String[]::new));
    StateRule rule = rule(kind, state);
    Waiter waiter = new Waiter(ctx, id, kind.item(id));
    int code =
        waiter.await(rule, options.timeout(), options.interval(), reattach(ctx, kind, id, rule));
    if (code == ExitCode.OK && !rule.wanted().equals(StateRule.DELETED) && view != null) {
      ctx.renderer().row(view, waiter.last());
    }
    return code;
  }

  /** When a wait for this state of this kind is over, and when it can no longer end well. */
  public static StateRule rule(ResourceKind kind, String state) {
    return kind.isJob() ? StateRule.forJob(state) : StateRule.forMachine(state);
  }

  /** The command that waits again, shown after Ctrl-C. */
  public static String reattach(Context ctx, ResourceKind kind, String id, StateRule rule) {
    return ctx.rerun(Groups.of(kind), "wait", id, "--for", rule.wanted());
  }
}
