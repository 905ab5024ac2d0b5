package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.Context;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.follow.WaitCommands;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import java.util.List;

/**
 * {@code apply --wait}: waits for every resource created, one after the other (they start on the
 * server all at once, so the whole wait lasts about as long as the slowest). The exit code is the
 * first bad one: 7 when one ended badly, 8 on timeout.
 */
final class ApplyWait {
  private final Context ctx;
  private final WaitOptions options;

  ApplyWait(Context ctx, WaitOptions options) {
    this.ctx = ctx;
    this.options = options;
  }

  int await(List<Applier.Outcome> outcomes) {
    int result = ExitCode.OK;
    for (Applier.Outcome outcome : outcomes) {
      if (!outcome.created()) {
        continue;
      }
      Kind kind = outcome.step().resource().kind();
      int code =
          WaitCommands.waitFor(
              ctx,
              kind.noun(),
              outcome.id(),
              kind.path + ApiClient.path(outcome.id()),
              kind.ready,
              options,
              null,
              kind.ready.wanted());
      if (result == ExitCode.OK) {
        result = code;
      }
    }
    return result;
  }
}
