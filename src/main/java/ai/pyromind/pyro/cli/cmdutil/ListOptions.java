package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.output.DottedPath;
import ai.pyromind.pyro.output.SortKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import picocli.CommandLine.Option;

/** The paging options every {@code list} takes. */
public final class ListOptions {
  static final int MAX_PAGE_SIZE = 100;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N items (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--all", description = "Fetch every page, streaming them as they come.")
  boolean all;

  @Option(names = "--page", paramLabel = "N", description = "Fetch only page N.")
  Integer page;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description = "Items per page requested from the server.")
  Integer pageSize;

  @Option(
      names = "--sort-by",
      paramLabel = "PATH",
      description =
          "Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as"
              + " numbers, times as times, items without it last. Sorts what is fetched: with"
              + " --all the whole list, held in memory until the last page.")
  String sortBy;

  /** The order --sort-by asks for, or null to keep the server's. */
  Comparator<JsonNode> order() {
    if (sortBy == null) {
      return null;
    }
    try {
      return SortKey.by(DottedPath.parse(sortBy));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--sort-by: " + e.getMessage());
    }
  }

  void validate() {
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1");
    }
    if (page != null && page < 1) {
      throw new UsageException("--page must be at least 1");
    }
    if (pageSize != null && pageSize < 1) {
      throw new UsageException("--page-size must be at least 1");
    }
    if (all && page != null) {
      throw new UsageException("--all and --page cannot be used together");
    }
  }
}
