package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.Query;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Works out what apply has to do, sending only GETs: each kind's list is read page by page, every
 * resource of the file is matched by kind and name and compared with what the server has.
 */
final class Planner {
  static final int PAGE_SIZE = 100;
  private final ApiClient api;
  private final Map<Kind, Map<String, List<JsonNode>>> byName = new EnumMap<>(Kind.class);

  Planner(ApiClient api) {
    this.api = api;
  }

  List<Step> plan(List<Resource> resources, boolean replace) {
    List<Step> steps = new ArrayList<>();
    for (Resource resource : resources) {
      steps.add(step(resource, replace));
    }
    return steps;
  }

  /** The server's resources of that kind and name. */
  List<JsonNode> named(Kind kind, String name) {
    return byName.computeIfAbsent(kind, this::listAll).getOrDefault(name, List.of());
  }

  private Step step(Resource resource, boolean replace) {
    Kind kind = resource.kind();
    List<JsonNode> matches = named(kind, resource.name());
    if (matches.isEmpty()) {
      return new Step(Step.Action.CREATE, resource, null, null, List.of());
    }
    if (matches.size() > 1) {
      String ids =
          matches.stream()
              .map(m -> m.path(kind.idField).asText())
              .collect(Collectors.joining(", "));
      return new Step(Step.Action.AMBIGUOUS, resource, ids, null, List.of());
    }
    JsonNode current = matches.get(0);
    String id = current.path(kind.idField).asText();
    List<Step.Change> changes =
        Differ.changes(resource, current, () -> api.get(kind.resource.item(id), null));
    Step.Action action;
    if (changes.isEmpty()) {
      action = Step.Action.UNCHANGED;
    } else if (kind == Kind.INSTANCE && changes.stream().allMatch(Step.Change::editable)) {
      action = Step.Action.UPDATE;
    } else {
      action = replace ? Step.Action.REPLACE : Step.Action.CONFLICT;
    }
    return new Step(action, resource, id, current, changes);
  }

  private Map<String, List<JsonNode>> listAll(Kind kind) {
    Map<String, List<JsonNode>> names = new HashMap<>();
    for (int page = 1; ; page++) {
      JsonNode data = api.get(kind.path, Query.of().add("page", page).add("page_size", PAGE_SIZE));
      JsonNode items = data.path(kind.itemsField);
      for (JsonNode item : items) {
        names.computeIfAbsent(item.path("name").asText(), n -> new ArrayList<>()).add(item);
      }
      long total = data.path("total").asLong(-1);
      if (items.size() < PAGE_SIZE || (total >= 0 && (long) page * PAGE_SIZE >= total)) {
        return names;
      }
    }
  }
}
