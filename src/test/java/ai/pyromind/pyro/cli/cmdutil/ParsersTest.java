package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParsersTest {
  private static final Instant NOW = Instant.parse("2024-01-05T00:00:00Z");

  @Test
  void durations() {
    assertThat(Parsers.duration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Parsers.duration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Parsers.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Parsers.duration("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(Parsers.duration("PT48H")).isEqualTo(Duration.ofHours(48));
    assertThat(Parsers.duration("pt1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(Parsers.duration("1d2h3m4s")).isEqualTo(Duration.parse("P1DT2H3M4S"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "5",
        "m5",
        "5x",
        "1m1h",
        "5m5m",
        "-5m",
        "PTxH",
        "1.5h",
        "99999999999999999999s",
        " 5 m"
      })
  void badDurations(String text) {
    assertThatThrownBy(() -> Parsers.duration(text))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("invalid duration");
  }

  @Test
  void aDurationPastAHundredYearsIsRefusedNotOverflowed() {
    assertThat(Parsers.duration("36500d")).isEqualTo(Duration.ofDays(36500));
    for (String text : new String[] {"36501d", "999999999d", "P999999999D", "36500d1s"}) {
      assertThatThrownBy(() -> Parsers.duration(text))
          .isInstanceOf(UsageException.class)
          .hasMessage("invalid duration '" + text + "' (at most 36500d, a hundred years)");
    }
  }

  @Test
  void zeroIsNotAPositiveDuration() {
    assertThatThrownBy(() -> Parsers.positiveDuration("0s")).isInstanceOf(UsageException.class);
  }

  @Test
  void times() {
    assertThat(Parsers.time("+7d", NOW)).isEqualTo(Instant.parse("2024-01-12T00:00:00Z"));
    assertThat(Parsers.time("+36h", NOW)).isEqualTo(Instant.parse("2024-01-06T12:00:00Z"));
    assertThat(Parsers.time("2024-01-15T00:00:00Z", NOW))
        .isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
    assertThat(Parsers.time("2024-01-15T02:00:00+02:00", NOW))
        .isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
    assertThatThrownBy(() -> Parsers.time("tomorrow", NOW))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("invalid time 'tomorrow'");
    assertThatThrownBy(() -> Parsers.time("2024-13-01", NOW)).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> Parsers.time("+soon", NOW)).isInstanceOf(UsageException.class);
  }

  @Test
  void keyValuesAreTyped() {
    assertThat(Parsers.typedValue("3").isIntegralNumber()).isTrue();
    assertThat(Parsers.typedValue("-3").asLong()).isEqualTo(-3);
    assertThat(Parsers.typedValue("0.0003").isNumber()).isTrue();
    assertThat(Parsers.typedValue("1e-4").isNumber()).isTrue();
    assertThat(Parsers.typedValue("true").isBoolean()).isTrue();
    assertThat(Parsers.typedValue("[1,2]").isArray()).isTrue();
    assertThat(Parsers.typedValue("{\"a\":1}").path("a").asInt()).isEqualTo(1);
    assertThat(Parsers.typedValue("hello").isTextual()).isTrue();
    assertThat(Parsers.typedValue("3.").isTextual()).isTrue();
    assertThat(Parsers.typedValue("007").isTextual()).isTrue();
    assertThat(Parsers.typedValue("+7").isTextual()).isTrue();
    assertThat(Parsers.typedValue(".5").isTextual()).isTrue();
    assertThat(Parsers.typedValue("00.5").isTextual()).isTrue();
    assertThat(Parsers.typedValue("0").isIntegralNumber()).isTrue();
    assertThat(Parsers.typedValue("0.5").isNumber()).isTrue();
    assertThat(Parsers.typedValue("True").isTextual()).isTrue();
    assertThat(Parsers.typedValue("").isTextual()).isTrue();
    assertThat(Parsers.typedValue("12345678901234567890123").isNumber()).isTrue();
    assertThatThrownBy(() -> Parsers.typedValue("[1,"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("invalid JSON value '[1,'");
  }

  @Test
  void keyValuePairs() {
    var node = ai.pyromind.pyro.api.Json.object();
    Parsers.putKeyValue(node, "a=b=c", "--param");
    assertThat(node.path("a").asText()).isEqualTo("b=c");
    Parsers.putKeyValue(node, "empty=", "--param");
    assertThat(node.path("empty").asText()).isEmpty();
    assertThatThrownBy(() -> Parsers.putKeyValue(node, "=x", "--param"))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> Parsers.putKeyValue(node, "novalue", "--hp"))
        .hasMessage("invalid --hp 'novalue' (expected KEY=VALUE)");
  }

  @Test
  void resolutions() {
    assertThat(Parsers.resolution("2560x1440").toString())
        .isEqualTo("{\"width\":2560,\"height\":1440}");
    assertThat(Parsers.resolution("800X600").path("height").asInt()).isEqualTo(600);
    for (String bad : new String[] {"2560", "x1440", "0x100", "axb", "1920x1080x2", "-1x5", ""}) {
      assertThatThrownBy(() -> Parsers.resolution(bad)).as(bad).isInstanceOf(UsageException.class);
    }
  }

  @Test
  void sandboxNames() {
    Parsers.checkSandboxName("My-GPU-Sandbox_2024");
    Parsers.checkSandboxName("abc");
    Parsers.checkSandboxName("a".repeat(64));
    for (String bad :
        new String[] {"ab", "a".repeat(65), "has space", "dot.name", "ünï", "", "slash/x"}) {
      assertThatThrownBy(() -> Parsers.checkSandboxName(bad))
          .as(bad)
          .isInstanceOf(UsageException.class);
    }
  }
}
