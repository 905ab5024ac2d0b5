package ai.pyromind.pyro.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON and YAML for pyro, on Jackson's tree model only (no reflection), read through Jackson's
 * streaming parsers; JSON written by its generator, YAML by {@link YamlWriter}. Numbers keep the
 * text they were read with ({@link WrittenNumber}). No {@code ObjectMapper}: building one costs ~20
 * ms of every command's start-up (date formats, locale data, serializer caches) for features a tree
 * never uses.
 */
public final class Json {
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = new JsonFactory();
  private static final DefaultPrettyPrinter JQ_STYLE =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The first JSON value of a text; a missing node when there is none. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return read(JSON, text);
  }

  /** The first YAML document of a text, as a tree; a missing node when there is none. */
  public static JsonNode parseYaml(String text) throws JsonProcessingException {
    JsonNode plain = PlainYaml.read(text);
    return plain != null ? plain : parseYamlWithTheLibrary(text);
  }

  /** What {@link #parseYaml} reads when the text is more than the plain subset of YAML. */
  static JsonNode parseYamlWithTheLibrary(String text) throws JsonProcessingException {
    return read(Yaml.FACTORY, text);
  }

  private static JsonNode read(JsonFactory format, String text) throws JsonProcessingException {
    try (JsonParser parser = format.createParser(text)) {
      return TreeReader.read(parser, format != JSON);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON text of a node. */
  public static String compact(JsonNode node) {
    return text(node, JSON::createGenerator);
  }

  /** Pretty JSON text of a node, two-space indented. */
  public static String pretty(JsonNode node) {
    return text(node, Json::jsonGenerator);
  }

  /** Compact JSON for a terminal: C1 controls, DEL and bidi controls escaped as well. */
  public static String compact(JsonNode node, boolean terminal) {
    return terminal
        ? text(node, w -> TerminalEscapes.apply(JSON.createGenerator(w)))
        : compact(node);
  }

  /**
   * Pretty JSON for a terminal: as {@link #pretty(JsonNode)}, with {@link #compact(JsonNode,
   * boolean)}'s escapes.
   */
  public static String pretty(JsonNode node, boolean terminal) {
    return terminal ? text(node, w -> jsonGenerator(w, true)) : pretty(node);
  }

  /**
   * YAML text of a node, ending with a newline: no document marker, and a string is left unquoted
   * only where every YAML 1.1 and 1.2 loader reads it back as that string (see {@link YamlWriter}).
   */
  public static String yaml(JsonNode node) {
    StringWriter text = new StringWriter();
    try {
      new YamlWriter(text).document(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** One item of a top-level YAML list ({@code - ...}), for lists written page by page. */
  public static void yamlListItem(Writer out, JsonNode item) throws IOException {
    new YamlWriter(out).listItem(item);
  }

  /**
   * A number node that keeps the text it was written with ({@code 0.0003} stays {@code 0.0003},
   * never {@code 3.0E-4}), from a JSON or YAML document or a command-line value. Not JSON-number
   * text (YAML's {@code 1_000.5}, {@code .inf}) gives a plain number node.
   */
  public static JsonNode number(String text, double value) {
    return WrittenNumber.JSON_NUMBER.matcher(text).matches()
        ? new WrittenNumber(value, text)
        : NODES.numberNode(value);
  }

  /** Whether a node is a number that kept the text it was written with. */
  public static boolean keepsText(JsonNode node) {
    return node instanceof WrittenNumber;
  }

  /** The text of a number as it was written, or as Jackson writes it when it was computed. */
  public static String numberText(JsonNode number) {
    return number instanceof WrittenNumber written ? written.text() : number.asText();
  }

  private interface GeneratorOpener {
    JsonGenerator open(Writer out) throws IOException;
  }

  private static String text(JsonNode node, GeneratorOpener opener) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = opener.open(text)) {
      write(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** A generator of pretty JSON as jq prints it. */
  public static JsonGenerator jsonGenerator(Writer out) throws IOException {
    return jsonGenerator(out, false);
  }

  /** A generator of pretty JSON as jq prints it, escaped for a terminal when it is one. */
  public static JsonGenerator jsonGenerator(Writer out, boolean terminal) throws IOException {
    JsonGenerator g = JSON.createGenerator(out).setPrettyPrinter(JQ_STYLE.createInstance());
    return terminal ? TerminalEscapes.apply(g) : g;
  }

  /** Writes a tree to a generator, as {@code ObjectMapper} would with default settings. */
  public static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject(node);
        for (var fields = node.fields(); fields.hasNext(); ) {
          var field = fields.next();
          g.writeFieldName(field.getKey());
          write(g, field.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray(node, node.size());
        for (JsonNode element : node) {
          write(g, element);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case NUMBER -> writeNumber(g, node);
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case BINARY -> g.writeBinary(node.binaryValue());
      case POJO -> g.writeString(node.asText());
      case NULL, MISSING -> g.writeNull();
    }
  }

  private static void writeNumber(JsonGenerator g, JsonNode number) throws IOException {
    if (number instanceof WrittenNumber written) {
      g.writeNumber(written.text());
      return;
    }
    switch (number.numberType()) {
      case INT -> g.writeNumber(number.intValue());
      case LONG -> g.writeNumber(number.longValue());
      case BIG_INTEGER -> g.writeNumber(number.bigIntegerValue());
      case FLOAT -> g.writeNumber(number.floatValue());
      case DOUBLE -> g.writeNumber(number.doubleValue());
      case BIG_DECIMAL -> g.writeNumber(number.decimalValue());
    }
  }

  /** The first line of a parser's complaint, without Jackson's source excerpt. */
  public static String shortReason(Exception e) {
    String message =
        e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * {@link #shortReason} and where in the text it went wrong ("(line 3, column 13)"), for a file
   * the user wrote and will open to fix.
   */
  public static String reasonWithLine(Exception e) {
    String reason = shortReason(e);
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml
        && yaml.getProblem() != null) {
      // SnakeYAML's first line is only the context ("while parsing a flow sequence")
      reason = (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem();
    }
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      int line = jpe.getLocation().getLineNr();
      int column = jpe.getLocation().getColumnNr();
      if (line > 0) {
        return reason + " (line " + line + (column > 0 ? ", column " + column : "") + ")";
      }
    }
    return reason;
  }

  /** The YAML factory for reading, built on first use (SnakeYAML costs start-up time). */
  private static final class Yaml {
    static final YAMLFactory FACTORY = YAMLFactory.builder().build();
  }

  /**
   * The YAML reader hands an alias ({@code *small}) over as the plain string {@code small}: a body
   * or manifest built with anchors would be sent wrong. Refused, saying so, rather than guessed.
   */
  public static void refuseAlias(JsonParser parser) throws IOException {
    if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml
        && yaml.isCurrentAlias()) {
      throw new JsonParseException(
          parser,
          "YAML aliases such as *"
              + parser.getText()
              + " are not supported: write the value out in full");
    }
  }

  /** Builds a tree from a parser's tokens, as {@code ObjectMapper.readTree} does. */
  private static final class TreeReader {
    static JsonNode read(JsonParser parser, boolean yaml) throws IOException {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : value(parser, first, yaml);
    }

    private static JsonNode value(JsonParser p, JsonToken token, boolean yaml) throws IOException {
      switch (token) {
        case START_OBJECT:
          ObjectNode object = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            object.set(name, value(p, p.nextToken(), yaml));
          }
          return object;
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
            array.add(value(p, next, yaml));
          }
          return array;
        case VALUE_STRING:
          if (yaml) {
            refuseAlias(p);
          }
          return NODES.textNode(p.getText());
        case VALUE_NUMBER_INT:
          return switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
          };
        case VALUE_NUMBER_FLOAT:
          return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
              ? NODES.numberNode(p.getDecimalValue())
              : number(p.getText(), p.getDoubleValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        case VALUE_EMBEDDED_OBJECT:
          Object embedded = p.getEmbeddedObject();
          return embedded instanceof byte[] bytes
              ? NODES.binaryNode(bytes)
              : NODES.textNode(p.getText());
        default:
          throw new JsonParseException(p, "unexpected " + token);
      }
    }
  }
}
