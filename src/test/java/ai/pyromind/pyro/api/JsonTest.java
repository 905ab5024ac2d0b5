package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyro reads and writes trees without an ObjectMapper; this holds it to what ObjectMapper does,
 * node types included, so the change of path changes no output.
 */
class JsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\\u0001\\n\"}}",
        "[2147483647, 2147483648, 9223372036854775807, 9223372036854775808, -0, 1.0, 1e999, -1e-999]",
        "{\"dup\":1,\"dup\":2}",
        "\"just a string\"",
        "{} trailing",
        "  ",
        "[[[[[]]]],{}]",
        "{\"emoji\":\"\\ud83d\\ude80 \u00e9\"}"
      })
  void jsonIsReadAsObjectMapperReadsIt(String text) throws Exception {
    assertSame(Json.parse(text), MAPPER.readTree(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "profiles:\n  local:\n    api_url: http://127.0.0.1:1\n    token: pm_x\n",
        "a: 1\nb: 1.5\nc: true\nd: ~\ne: '007'\nf: [1, two]\n",
        "---\nfirst: 1\n---\nsecond: 2\n",
        ""
      })
  void yamlIsReadAsYamlMapperReadsIt(String text) throws Exception {
    assertSame(Json.parseYaml(text), YAML.readTree(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":", "[1,]", "{\"a\" 1}", "nul"})
  void invalidJsonIsAParseError(String text) {
    assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonProcessingException.class);
  }

  @Property(tries = 300)
  void anyTreeIsWrittenAndReadBackAsObjectMapperDoesIt(@ForAll("trees") JsonNode tree)
      throws Exception {
    assertThat(Json.compact(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
    assertThat(Json.pretty(tree))
        .isEqualTo(
            MAPPER
                .writer(
                    new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(
                            com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(
                                    com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                                .withObjectEmptySeparator("")
                                .withArrayEmptySeparator(""))
                        .withArrayIndenter(
                            com.fasterxml.jackson.core.util.DefaultIndenter
                                .SYSTEM_LINEFEED_INSTANCE))
                .writeValueAsString(tree));
    assertSame(Json.parse(Json.compact(tree)), MAPPER.readTree(Json.compact(tree)));
    assertSame(Json.parseYaml(Json.yaml(tree)), YAML.readTree(Json.yaml(tree)));
    assertSameData(Json.parseYaml(Json.yaml(tree)), tree);
    assertThat(Json.yaml(tree)).endsWith("\n");
  }

  @Test
  void numbersKeepTheTextTheyWereWrittenWith() throws Exception {
    String text = "[0.0003,1e-07,1E400,100.10,-0.5e+3,12345678901234567890.123456789]";
    assertThat(Json.compact(Json.parse(text))).isEqualTo(text);
    assertThat(Json.compact(Json.parseYaml("lr: 0.0003\neps: 1e-07\n")))
        .isEqualTo("{\"lr\":0.0003,\"eps\":1e-07}");
    assertThat(Json.yaml(Json.parse("{\"lr\":0.0003,\"eps\":1e-07,\"big\":1E400}")))
        .isEqualTo("lr: 0.0003\neps: 1.0e-07\nbig: 1.0E+400\n");
  }

  @Test
  void terminalJsonEscapesC1DelAndBidiButMeansTheSame() throws Exception {
    String escaped = "[\"a\\u009B2J\\u007F\\u202Eb\\u2066c\\u0007\"]";
    JsonNode tree = Json.parse(escaped);
    assertThat(Json.compact(tree, true)).isEqualTo(escaped);
    assertThat(Json.pretty(tree, true))
        .isEqualTo("[\n  " + escaped.substring(1, escaped.length() - 1) + "\n]");
    assertThat(Json.compact(tree, false))
        .isEqualTo(Json.compact(tree))
        .contains("\u202e", "\u009b");
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    return tree(3);
  }

  private static Arbitrary<JsonNode> tree(int depth) {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(Json.NODES::textNode),
            Arbitraries.of("007", "true", "null", "a: b", "- x", "").map(Json.NODES::textNode),
            Arbitraries.longs().map(Json.NODES::numberNode),
            Arbitraries.integers().map(Json.NODES::numberNode),
            Arbitraries.doubles().map(Json.NODES::numberNode),
            Arbitraries.bigDecimals().map(Json.NODES::numberNode),
            Arbitraries.bigIntegers().map(Json.NODES::numberNode),
            Arbitraries.of(true, false).map(Json.NODES::booleanNode),
            Arbitraries.just(Json.NODES.nullNode()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = tree(depth - 1);
    Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(items -> Json.array().addAll(items));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), child)
            .ofMaxSize(4)
            .map(
                fields -> {
                  var node = Json.object();
                  fields.forEach(node::set);
                  return node;
                });
    return Arbitraries.oneOf(leaf, array, object);
  }

  /** Equal data: the same structure, text and booleans, numbers of equal value. */
  private static void assertSameData(JsonNode actual, JsonNode expected) {
    if (expected.isNumber()) {
      assertThat(actual.isNumber()).as("%s is a number", actual).isTrue();
      assertThat(new BigDecimal(Json.numberText(actual)))
          .isEqualByComparingTo(new BigDecimal(Json.numberText(expected)));
      return;
    }
    assertThat(actual.getNodeType()).isEqualTo(expected.getNodeType());
    assertThat(actual.size()).isEqualTo(expected.size());
    if (expected.isObject()) {
      expected.fields().forEachRemaining(f -> assertSameData(actual.get(f.getKey()), f.getValue()));
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameData(actual.get(i), expected.get(i));
      }
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /**
   * Equal trees with the same node class at every place (IntNode is not LongNode); a double may be
   * one that keeps its text.
   */
  private static void assertSame(JsonNode actual, JsonNode expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.getClass()).isAssignableTo(expected.getClass());
    List<JsonNode> actualChildren = new java.util.ArrayList<>();
    List<JsonNode> expectedChildren = new java.util.ArrayList<>();
    actual.elements().forEachRemaining(actualChildren::add);
    expected.elements().forEachRemaining(expectedChildren::add);
    for (int i = 0; i < actualChildren.size(); i++) {
      assertSame(actualChildren.get(i), expectedChildren.get(i));
    }
  }
}
