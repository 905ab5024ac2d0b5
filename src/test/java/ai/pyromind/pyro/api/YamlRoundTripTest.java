package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Every string pyro writes as YAML reads back as that same string: through SnakeYAML (a YAML 1.1
 * loader), through pyro's own reader, and no plain scalar is one the YAML 1.2 core schema or the
 * YAML 1.1 type repository would resolve to a null, boolean, number, timestamp or merge key.
 */
class YamlRoundTripTest {
  /** YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution). */
  private static final Pattern CORE_12 =
      Pattern.compile(
          "null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
              + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
              + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

  /** YAML 1.1 types (yaml.org/type): bool with y/n, int and float in every base, =, <<. */
  private static final Pattern TYPES_11 =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
              + "|~|null|Null|NULL|=|<<"
              + "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
              + "|[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  @Property(tries = 2000)
  void anyStringReadsBackAsItself(@ForAll("strings") String s) throws Exception {
    ObjectNode doc = Json.object();
    doc.put(s, s);
    doc.set("list", Json.array().add(s).add(Json.object().put("k", s)));
    String yaml = Json.yaml(doc);

    Map<?, ?> loaded = new Yaml().load(yaml);
    assertThat(loaded.get(s)).as(yaml).isEqualTo(s);
    assertThat(loaded.get("list")).as(yaml).isEqualTo(List.of(s, Map.of("k", s)));
    JsonNode reread = Json.parseYaml(yaml);
    assertThat(reread).as(yaml).isEqualTo(doc);
    for (Event event : new Yaml().parse(new StringReader(yaml))) {
      if (event instanceof ScalarEvent scalar
          && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
        assertThat(CORE_12.matcher(scalar.getValue()).matches()).as(yaml).isFalse();
        assertThat(TYPES_11.matcher(scalar.getValue()).matches()).as(yaml).isFalse();
      }
    }
    yaml.chars()
        .forEach(c -> assertThat(c == '\n' || !ControlChars.unsafe((char) c)).as(yaml).isTrue());
    assertThat(yaml).endsWith("\n");
  }

  @Example
  void theStringsCommonLoadersMisreadAreQuoted() {
    for (String s :
        List.of(
            "0x1F",
            ".inf",
            "2024-01-01",
            "12:30",
            "yes",
            "~",
            "on",
            "null",
            "1e3",
            "0o17",
            "+1",
            "Y",
            "n",
            "off",
            "NO",
            "=",
            "<<",
            "1_000",
            "0b101",
            "-.5",
            "2024-01-01T00:00:00Z",
            "")) {
      assertThat(Json.yaml(Json.NODES.textNode(s))).as(s).startsWith("\"");
    }
    assertThat(Json.yaml(Json.NODES.textNode("GPU-Sandbox-001"))).isEqualTo("GPU-Sandbox-001\n");
    assertThat(Json.yaml(Json.NODES.textNode("https://x.io/a"))).isEqualTo("https://x.io/a\n");
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("0123456789abefxoyYnNtTrue.:-+_ ~#&*!|>'\"%@`,[]{}?=</\\\n\t")
            .withChars('\u0085', '\u2028', '\u202e', '\u00e9', '\u0000', '\u001b', '\ufeff')
            .ofMaxLength(8),
        Arbitraries.strings().all().ofMaxLength(6),
        Arbitraries.of(
            "0x1F",
            ".inf",
            "-.INF",
            ".NaN",
            "2024-01-01",
            "2001-12-14 21:59:43.10 -5",
            "12:30",
            "190:20:30.15",
            "yes",
            "Yes",
            "y",
            "N",
            "~",
            "on",
            "OFF",
            "null",
            "NULL",
            "1e3",
            "1E-7",
            "0o17",
            "0b1010",
            "+1",
            "-0",
            "007",
            "1_000",
            "=",
            "<<",
            "true",
            "False",
            "a: b",
            "- x",
            "#c",
            "a #c",
            "x:",
            "? k",
            "!tag",
            "&a",
            "*a",
            "|",
            ">",
            "'q'",
            "\"q\"",
            "%d",
            "@x",
            "`x",
            "[1]",
            "{a: 1}",
            " lead",
            "trail ",
            "multi\nline",
            ""));
  }
}
