package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A kind's list read page by page for a look-up (a name, a picker's entries) that must end whatever
 * the server answers: a page it saw before (a server that ignores {@code page}) is an error, and no
 * more than {@link #MOST} items are read however large a {@code total} the server claims.
 */
public final class ResourcePages {
  public static final int MOST = 10_000;
  private static final int PAGE_SIZE = 100;

  private ResourcePages() {}

  /**
   * Hands each page's items to {@code settled} until it answers true or the list ends; returns
   * false when it stopped at {@link #MOST} items with more to come.
   */
  public static boolean scan(Context ctx, ResourceKind kind, Predicate<JsonNode> settled) {
    Map<String, Integer> seen = new HashMap<>();
    for (int page = 1; ; page++) {
      JsonNode data =
          ctx.api()
              .get(
                  kind.collection(),
                  Query.of().add(Fields.PAGE, page).add(Fields.PAGE_SIZE, PAGE_SIZE));
      JsonNode items = data.path(kind.listField());
      Integer repeated = items.isEmpty() ? null : seen.putIfAbsent(Json.compact(items), page);
      if (repeated != null) {
        throw new UnexpectedResponseException(
            200, "unexpected answer from the server: page " + page + " repeats page " + repeated);
      }
      long total = data.path(Fields.TOTAL).asLong(-1);
      if (settled.test(items)
          || items.size() < PAGE_SIZE
          || (total >= 0 && (long) page * PAGE_SIZE >= total)) {
        return true;
      }
      if ((long) page * PAGE_SIZE >= MOST) {
        return false;
      }
    }
  }
}
