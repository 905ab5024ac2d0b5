package ai.pyromind.pyro.emulator;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** One page of a filtered list, in the document's shape: total, page, page_size, items. */
final class Paging {
  private Paging() {}

  static <T> ObjectNode page(
      Request request, List<T> matching, String field, Function<T, ObjectNode> view) {
    int page = request.positiveInt(Fields.PAGE, 1);
    int size = request.positiveInt(Fields.PAGE_SIZE, 20);
    ObjectNode data = Json.object();
    data.put("total", matching.size());
    data.put(Fields.PAGE, page);
    data.put(Fields.PAGE_SIZE, size);
    ArrayNode items = data.putArray(field);
    long from = (long) (page - 1) * size;
    for (long i = from; i < Math.min(matching.size(), from + size); i++) {
      items.add(view.apply(matching.get((int) i)));
    }
    return data;
  }
}
