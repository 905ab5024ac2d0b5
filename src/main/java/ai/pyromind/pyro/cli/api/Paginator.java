package ai.pyromind.pyro.cli.api;

import ai.pyromind.pyro.api.ApiResponse;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.UnexpectedResponseException;
import ai.pyromind.pyro.cli.cmdutil.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code pyro api --paginate}: GETs {@code page} 1, 2, ... until the items add up to {@code total},
 * a page comes back empty or repeats the one before; merges the list field of {@code data} (or,
 * with {@code --slurp}, keeps the pages whole).
 */
final class Paginator {
  /** A page that failed: its response, and which page it was. */
  record Failure(ApiResponse response, int page) {}

  /** Either the merged result or the failure. */
  record Result(JsonNode value, Failure failure) {}

  private final Context ctx;
  private final String path;
  private final IntFunction<Query> queryForPage;

  Paginator(Context ctx, String path, IntFunction<Query> queryForPage) {
    this.ctx = ctx;
    this.path = path;
    this.queryForPage = queryForPage;
  }

  Result fetch(int firstPage, boolean slurp) {
    ArrayNode merged = Json.array();
    ArrayNode pages = Json.array();
    JsonNode previous = null;
    long seen = 0;
    for (int page = firstPage; ; page++) {
      ApiResponse response = ctx.api().exchange("GET", path, queryForPage.apply(page), null);
      if (response.status() >= 400) {
        return new Result(null, new Failure(response, page));
      }
      JsonNode body = parse(response, page);
      JsonNode data = body.path("data");
      JsonNode items = listIn(data);
      if (items == null && !slurp) {
        throw new UnexpectedResponseException(
            response.status(),
            "page " + page + " has no list to merge (--slurp keeps the pages whole)");
      }
      int count = items == null ? 0 : items.size();
      if (page > firstPage && (count == 0 || (items != null && items.equals(previous)))) {
        break;
      }
      pages.add(body);
      if (items != null) {
        merged.addAll((ArrayNode) items);
      }
      seen += count;
      previous = items;
      long total = data.path("total").asLong(-1);
      if (count == 0 || total < 0 || seen >= total) {
        break;
      }
    }
    return new Result(slurp ? pages : merged, null);
  }

  private static JsonNode parse(ApiResponse response, int page) {
    try {
      return Json.parse(response.body());
    } catch (Exception e) {
      throw new UnexpectedResponseException(
          response.status(), "page " + page + " is not JSON: " + Json.shortReason(e));
    }
  }

  /** The array field of a list's {@code data}: {@code sandboxes}, {@code jobs}, ... */
  private static JsonNode listIn(JsonNode data) {
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isArray()) {
        return field.getValue();
      }
    }
    return null;
  }
}
