package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.output.View;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What every {@code delete} takes after its own options ({@code -y}) and does with them: confirm,
 * then delete each id (see {@link Deleter}). The ids and {@code --force} stay with each command,
 * whose help words them for its kind.
 */
public final class DeleteOptions {
  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  boolean yes;

  /** Whether {@code -y} was given: delete without asking. */
  public boolean yes() {
    return yes;
  }

  /** Deletes the ids of this kind with the command's query, after confirmation. */
  public int delete(Context ctx, ResourceKind kind, View deleted, List<String> ids, Query query) {
    return new Deleter(ctx, kind, deleted).delete(ids, query, yes);
  }
}
