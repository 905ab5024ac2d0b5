package ai.pyromind.pyro.cli.follow;

import java.util.Set;

/**
 * What {@code wait} waits for: the wanted state, and the states from which it can no longer come.
 *
 * @param wanted a status, or {@code deleted}
 * @param hopeless statuses that end the wait with exit 7
 */
public record StateRule(String wanted, Set<String> hopeless) {
  public static final String DELETED = "deleted";

  /** For sandboxes and instances: error is the end, unless error is what is wanted. */
  public static StateRule forMachine(String wanted) {
    return new StateRule(wanted, wanted.equals("error") ? Set.of() : Set.of("error", "failed"));
  }

  /** For jobs: failed and canceled are the end; success too, unless it is what is wanted. */
  public static StateRule forJob(String wanted) {
    return wanted.equals("success")
        ? new StateRule(wanted, Set.of("failed", "canceled"))
        : new StateRule(wanted, Set.of("failed", "canceled", "success"));
  }

  public boolean reached(String status) {
    return wanted.equals(status);
  }

  public boolean hopeless(String status) {
    return hopeless.contains(status);
  }
}
