package ai.pyromind.pyro.cli;

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
