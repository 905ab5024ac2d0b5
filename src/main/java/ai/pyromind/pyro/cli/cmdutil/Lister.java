package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Envelope;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.api.UnexpectedResponseException;
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
   */
  public int list(ResourceKind kind, Supplier<Query> filters, View view, ListOptions options) {
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
    long sent = 0;
    long total = -1;
    SeenPages seenPages = new SeenPages();
    while (true) {
      Query query = filters.get().add(Fields.PAGE, page).add(Fields.PAGE_SIZE, pageSize);
      JsonNode data = api.get(kind.collection(), query);
      JsonNode pageItems = itemsOf(data, kind.listField());
      Integer repeated = seenPages.add(pageItems, page);
      if (repeated != null && pageItems.size() > 0) {
        writer.finish();
        throw unexpected(
            "page " + page + " repeats page " + repeated + "; stopped after " + shown + " items");
      }
      total = data.path(Fields.TOTAL).asLong(-1);
      List<JsonNode> items = new ArrayList<>();
      for (JsonNode item : pageItems) {
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
      sent += pageItems.size();
      if (total >= 0 && sent > total && options.page == null) {
        writer.finish();
        throw unexpected(sent + " items sent, more than the total of " + total + "; stopped");
      }
      boolean lastPage =
          pageItems.size() < pageSize || (total >= 0 && (long) page * pageSize >= total);
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

  /** The page's items: an array of objects, or the answer is not a list at all. */
  private static JsonNode itemsOf(JsonNode data, String itemsField) {
    if (!data.isObject()) {
      throw unexpected("(data is " + Envelope.kindOf(data) + ", not an object)");
    }
    JsonNode items = data.path(itemsField);
    if (!items.isArray()) {
      throw unexpected("(" + itemsField + " is " + Envelope.kindOf(items) + ", not an array)");
    }
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw unexpected(
            "(an item of " + itemsField + " is " + Envelope.kindOf(item) + ", not an object)");
      }
    }
    return items;
  }

  private static UnexpectedResponseException unexpected(String what) {
    String joiner = what.startsWith("(") ? " " : ": ";
    return new UnexpectedResponseException(
        200, "unexpected answer from the server" + joiner + what);
  }

  private void hintIfShort(int shown, long total, ListOptions options) {
    if (ctx.out().terminal() && total > shown && !ctx.renderer().isMachineReadable()) {
      String how = options.page != null ? "use --page N or --all" : "use --all";
      ctx.out().notice("showing " + shown + " of " + total + "; " + how);
    }
  }
}
