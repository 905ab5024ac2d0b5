package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code apply --schema}: the JSON Schema (draft-07) of one document of a project file, one {@code
 * oneOf} branch per kind, written from the same field lists that apply checks files against.
 */
final class Schema {
  private Schema() {}

  static ObjectNode document() {
    ObjectNode root = Json.object();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("title", "pyro project file");
    root.put(
        "description",
        "One resource per YAML document (or a JSON array of them): a create body of the"
            + " PyroMind API plus kind.");
    ObjectNode definitions = root.putObject("definitions");
    ArrayNode kinds = definitions.putObject("resource").putArray("oneOf");
    for (Kind kind : Kind.values()) {
      kinds.add(kind(kind));
    }
    ArrayNode either = root.putArray("anyOf");
    either.addObject().put("$ref", "#/definitions/resource");
    ObjectNode array = either.addObject();
    array.put("type", "array");
    array.putObject("items").put("$ref", "#/definitions/resource");
    return root;
  }

  private static ObjectNode kind(Kind kind) {
    ObjectNode schema = object(kind.body);
    schema.put("title", kind.word);
    ObjectNode properties = (ObjectNode) schema.get("properties");
    ObjectNode kindProperty = Json.object().put("const", kind.word);
    ObjectNode reordered = Json.object();
    reordered.set("kind", kindProperty);
    reordered.setAll(properties);
    schema.set("properties", reordered);
    ((ArrayNode) schema.get("required")).insert(0, "kind");
    return schema;
  }

  private static ObjectNode object(Field spec) {
    ObjectNode schema = Json.object();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    for (Field field : spec.children()) {
      properties.set(field.name(), field(field));
      if (field.required()) {
        required.add(field.name());
      }
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode field(Field field) {
    ObjectNode schema = Json.object();
    switch (field.type()) {
      case TEXT -> {
        schema.put("type", "string");
        if (!field.allowed().isEmpty()) {
          ArrayNode values = schema.putArray("enum");
          field.allowed().forEach(values::add);
        }
      }
      case INTEGER -> schema.put("type", "integer");
      case TIME -> {
        schema.put("type", "string");
        schema.put("description", "ISO-8601 instant, or relative to creation: +7d, +36h");
      }
      case DURATION -> {
        schema.putArray("type").add("string").add("integer");
        schema.put("description", "48h, 90m, 1h30m, or ISO-8601 PT48H; an integer is seconds");
      }
      case RESOLUTION -> {
        ArrayNode oneOf = schema.putArray("oneOf");
        oneOf.addObject().put("type", "string").put("pattern", "^[0-9]+x[0-9]+$");
        oneOf.add(
            object(
                Field.object(
                    field.name(),
                    Field.of("width", Field.Type.INTEGER).asRequired(),
                    Field.of("height", Field.Type.INTEGER).asRequired())));
      }
      case OBJECT -> {
        return object(field);
      }
      case MAP -> schema.put("type", "object");
    }
    return schema;
  }
}
