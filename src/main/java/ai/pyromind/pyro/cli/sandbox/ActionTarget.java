package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.cli.cmdutil.Context;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every sandbox action command takes: the sandbox, first, and the action's timeout. */
final class ActionTarget {
  @Parameters(index = "0", paramLabel = "ID", description = "The sandbox's id or name.")
  String id;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Action timeout in seconds (server default 30).")
  Integer timeout;

  /** Runs the action on the sandbox and shows its result. */
  int run(Context ctx, String action, ObjectNode params) {
    return ActionRunner.run(ctx, id, action, params, timeout);
  }
}
