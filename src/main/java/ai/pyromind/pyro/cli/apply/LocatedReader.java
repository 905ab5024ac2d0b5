package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every document of a YAML stream (or every JSON value of a text) as a tree, and remembers
 * the line each field stands on, so that an error can name it.
 */
final class LocatedReader {
  /** A document: its tree, the line it starts on, and the line of each field by JSON pointer. */
  record Document(JsonNode tree, int line, Map<String, Integer> lines) {
    int lineOf(String pointer) {
      return lines.getOrDefault(pointer, line);
    }
  }

  private static final JsonNodeFactory NODES = Json.NODES;
  private final Map<String, Integer> lines = new HashMap<>();

  private LocatedReader() {}

  static List<Document> read(String text) throws IOException {
    String trimmed = text.stripLeading();
    JsonFactory factory =
        trimmed.startsWith("{") || trimmed.startsWith("[")
            ? new JsonFactory()
            : YAMLFactory.builder().build();
    List<Document> documents = new ArrayList<>();
    try (JsonParser parser = factory.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        LocatedReader reader = new LocatedReader();
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode tree = reader.value(parser, token, "");
        documents.add(new Document(tree, line, reader.lines));
      }
    }
    return documents;
  }

  private JsonNode value(JsonParser p, JsonToken token, String pointer) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = pointer + "/" + name;
          lines.put(child, p.currentTokenLocation().getLineNr());
          object.set(name, value(p, p.nextToken(), child));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
          lines.put(pointer + "/" + i, p.currentTokenLocation().getLineNr());
          array.add(value(p, next, pointer + "/" + i++));
        }
        return array;
      case VALUE_STRING:
        Json.refuseAlias(p);
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        // as written: 0.0003 is sent as 0.0003, not 3.0E-4
        return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? NODES.numberNode(p.getDecimalValue())
            : Json.number(p.getText(), p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return NODES.textNode(p.getText());
    }
  }
}
