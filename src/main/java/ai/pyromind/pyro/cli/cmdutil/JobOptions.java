package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Fields;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What submitting either kind of job takes besides its own options: the job's NAME and {@code
 * --priority}. Declared where {@code --priority} goes, so the options keep their order.
 */
public final class JobOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The job's name.")
  String name;

  @Option(
      names = "--priority",
      paramLabel = "1-10",
      description = "Scheduling priority, 10 highest (server default 5).")
  Integer priority;

  /** Sets the NAME given into the body, over the one of {@code -f}. */
  public void putName(ObjectNode body) {
    Bodies.put(body, Fields.NAME, name);
  }

  /** Sets the {@code --priority} given into the body, over the one of {@code -f}. */
  public void putPriority(ObjectNode body) {
    Bodies.put(body, Fields.PRIORITY, priority);
  }
}
