package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** What apply does about one resource of the file, and why. */
record Step(Action action, Resource resource, String id, JsonNode current, List<Change> changes) {

  enum Action {
    CREATE("+", "create"),
    UPDATE("~", "update"),
    UNCHANGED("=", "unchanged"),
    CONFLICT("!", "conflict"),
    REPLACE("-+", "replace"),
    AMBIGUOUS("?", "ambiguous");

    final String mark;
    final String word;

    Action(String mark, String word) {
      this.mark = mark;
      this.word = word;
    }
  }

  /** A field the file sets that differs from the server's view. */
  record Change(String pointer, JsonNode from, JsonNode to, boolean editable) {
    String label() {
      return field().replaceFirst("^resource_config\\.", "");
    }

    /** The field's path with dots: {@code hyperparameters.lr/decay}. */
    String field() {
      List<String> keys = new java.util.ArrayList<>();
      for (String segment : pointer.substring(1).split("/")) {
        keys.add(Differ.unescape(segment));
      }
      return String.join(".", keys);
    }

    String describe() {
      return label() + " " + shown(from) + " -> " + shown(to);
    }

    private static String shown(JsonNode value) {
      return value.isTextual() ? value.asText() : Json.compact(value);
    }
  }

  /** The plan's line: {@code ~ update jp_100003: cpu 4 -> 8}. */
  String line() {
    String subject = id == null ? resource.label() : id;
    return switch (action) {
      case CREATE -> "+ create " + resource.label();
      case UNCHANGED -> "= unchanged " + resource.label() + " (" + id + ")";
      case UPDATE -> "~ update " + subject + ": " + changeList();
      case CONFLICT ->
          "! conflict " + subject + ": " + changeList() + " (" + why() + "; --replace)";
      case REPLACE -> "-+ replace " + subject + ": " + changeList();
      case AMBIGUOUS ->
          "? ambiguous "
              + resource.label()
              + ": "
              + id
              + " (several have this name; delete all but one)";
    };
  }

  private String why() {
    return resource.kind().isJob() && !current.path("status").asText().isEmpty()
        ? "immutable, job " + current.path("status").asText()
        : "immutable";
  }

  String changeList() {
    return changes.stream().map(Change::describe).collect(Collectors.joining(", "));
  }

  /** The plan's entry for {@code -o json}. */
  ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("action", action.word);
    node.put("kind", resource.kind().word);
    node.put("name", resource.name());
    if (id == null) {
      node.putNull("id");
    } else {
      node.put("id", id);
    }
    var list = node.putArray("changes");
    for (Change c : changes) {
      ObjectNode change = list.addObject();
      change.put("field", c.field());
      change.set("from", c.from());
      change.set("to", c.to());
      change.put("editable", c.editable());
    }
    return node;
  }
}
