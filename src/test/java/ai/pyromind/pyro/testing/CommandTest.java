package ai.pyromind.pyro.testing;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** In-process command tests against a strict WireMock and a private config folder. */
public abstract class CommandTest {
  public static final String TOKEN = "pm_test_0123456789abcdef";

  @RegisterExtension protected static final WireMockExtension wm = StrictWireMock.create();

  private static final AtomicInteger SCENARIOS = new AtomicInteger();

  @TempDir protected Path home;

  /** pyro with the token in PYRO_TOKEN and WireMock as the API, piped (no terminal). */
  protected PyroRun pyro() {
    return new PyroRun(home).env("PYRO_API_URL", wm.baseUrl()).env("PYRO_TOKEN", TOKEN);
  }

  @AfterEach
  void everyStubUsedAndEveryRequestMatched() {
    StrictWireMock.verifyAllStubsUsed(wm);
  }

  /**
   * Stubs a request (made afresh by {@code request}) that gets these answers in turn, one per
   * request, the last one for ever; each call is its own sequence, so several requests can each
   * have one.
   */
  protected static void inTurn(
      Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
    String scenario = "in-turn-" + SCENARIOS.incrementAndGet();
    for (int i = 0; i < answers.length; i++) {
      ScenarioMappingBuilder stub =
          request.get().inScenario(scenario).whenScenarioStateIs(i == 0 ? STARTED : "answer " + i);
      if (i < answers.length - 1) {
        stub = stub.willSetStateTo("answer " + (i + 1));
      }
      wm.stubFor(stub.willReturn(answers[i]));
    }
  }

  /**
   * The command line (see {@link PyroRun#runLine}) is refused as a usage error: exit 2, this one
   * line on stderr, nothing on stdout, no request sent. For tables of bad input.
   */
  protected void assertRefusedBeforeSending(String line, String error) {
    PyroRun.Result r = pyro().runLine(line);
    r.assertEnded(2, "error: " + error + "\n");
    org.assertj.core.api.Assertions.assertThat(r.out()).as(r.toString()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(wm.getAllServeEvents())
        .as("requests sent")
        .isEmpty();
  }

  /** The API's envelope around some JSON data. */
  public static String envelope(int code, String message, String data) {
    return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"data\":" + data + "}";
  }
}
