package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.output.Renderer;
import ai.pyromind.pyro.output.View;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fetches a list endpoint page by page and hands each page to the renderer as it arrives, so {@code
 * --all} keeps memory flat however long the list is; only {@code --sort-by} holds them to sort.
 */
public final class Lister {
  private final Context ctx;

  public Lister(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * @param filters builds the query of filters, fresh for each page
   * @param itemsField the array in {@code data} that holds the items, e.g. {@code sandboxes}
   */
  public int list(
      String path, Supplier<Query> filters, String itemsField, View view, ListOptions options) {
    options.validate();
    Comparator<JsonNode> order = options.order();
    List<JsonNode> held = new ArrayList<>();
    ApiClient api = ctx.api();
    Renderer.ListWriter writer = ctx.renderer().list(view);
    int wanted = options.all || options.page != null ? Integer.MAX_VALUE : options.limit;
    int pageSize =
        options.pageSize != null
            ? options.pageSize
            : options.page != null
                ? options.limit
                : Math.min(options.limit, ListOptions.MAX_PAGE_SIZE);
    if (options.all && options.pageSize == null) {
      pageSize = ListOptions.MAX_PAGE_SIZE;
    }
    int page = options.page != null ? options.page : 1;
    int shown = 0;
    long total = -1;
    while (true) {
      Query query = filters.get().add("page", page).add("page_size", pageSize);
      JsonNode data = api.get(path, query);
      total = data.path("total").asLong(-1);
      List<JsonNode> items = new ArrayList<>();
      for (JsonNode item : data.path(itemsField)) {
        if (shown + items.size() < wanted) {
          items.add(item);
        }
      }
      if (order == null) {
        writer.page(items);
      } else {
        held.addAll(items);
      }
      shown += items.size();
      boolean lastPage =
          data.path(itemsField).size() < pageSize
              || (total >= 0 && (long) page * pageSize >= total);
      if (options.page != null || shown >= wanted || lastPage || items.isEmpty()) {
        break;
      }
      page++;
    }
    if (order != null) {
      held.sort(order);
      writer.page(held);
    }
    writer.finish();
    hintIfShort(shown, total, options);
    return ExitCode.OK;
  }

  private void hintIfShort(int shown, long total, ListOptions options) {
    if (ctx.out().terminal() && total > shown && !ctx.renderer().isMachineReadable()) {
      String how = options.page != null ? "use --page N or --all" : "use --all";
      ctx.out().notice("showing " + shown + " of " + total + "; " + how);
    }
  }
}
