package ai.pyromind.pyro.cli.inference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code inference wait}: one row per way a wait ends, in simulated time. */
class InferenceWaitTest extends CommandTest {
  private static final String JOB = "/api/v1/inference/inf_200003";
  private static final String GONE = "404";
  private static final String TABLE_HEAD = "ID\tNAME\tSTATUS\tPROGRESS\tCREATED\n";

  /**
   * @param answers the job's status at each poll, the last for ever ({@code 404}: not found)
   * @param args after {@code inference wait inf_200003}
   * @param polls how many GETs it takes
   * @param waited how much simulated time passes, or null when it is not exact (jitter)
   */
  record Case(
      String name,
      List<String> answers,
      String args,
      int code,
      String out,
      String err,
      int polls,
      Duration waited) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "success by default, the job printed",
            List.of("pending", "running", "success"),
            "--interval 1s",
            0,
            TABLE_HEAD + "inf_200003\tjob\tsuccess\t\t\n",
            "✓ inf_200003 succeeded\n",
            3,
            null),
        new Case(
            "a state asked for with --for",
            List.of("pending", "running"),
            "--for running -o id",
            0,
            "inf_200003\n",
            "✓ inf_200003 is running\n",
            2,
            null),
        new Case(
            "a failed job cannot succeed: 7",
            List.of("running", "failed"),
            "--interval 1s",
            7,
            "",
            "error: inf_200003 failed; it can no longer reach success\n",
            2,
            null),
        new Case(
            "deleted while waited for: 7",
            List.of("running", GONE),
            "--interval 1s",
            7,
            "",
            "error: inf_200003 was deleted; it can no longer reach success\n",
            2,
            null),
        new Case(
            "--for deleted ends at the 404",
            List.of("running", GONE),
            "--for deleted --interval 1s",
            0,
            "",
            "✓ inf_200003 was deleted\n",
            2,
            null),
        new Case(
            "an unknown job: 3",
            List.of(GONE),
            "",
            3,
            "",
            "error: inference job not found\n",
            1,
            Duration.ZERO),
        new Case(
            "--timeout: 8 at exactly the deadline",
            List.of("running"),
            "--interval 4s --timeout 10s",
            8,
            "",
            "error: timed out after 10s waiting for inf_200003 to reach success (it is running)\n",
            2, // at 0 s and 4 s; the next pause (8 s) is cut to the deadline
            Duration.ofSeconds(10)),
        new Case(
            "an unknown state: 2, nothing sent",
            List.of(),
            "--for done",
            2,
            "",
            "error: invalid --for 'done' (allowed: pending, running, success, failed, deleted)\n",
            0,
            Duration.ZERO));
  }

  private static ResponseDefinitionBuilder answer(String status) {
    return status.equals(GONE)
        ? aResponse().withStatus(404).withBody(envelope(404, "inference job not found", "null"))
        : okJson(
            envelope(
                200,
                "ok",
                "{\"job_id\":\"inf_200003\",\"name\":\"job\",\"status\":\"" + status + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void waitEndsAsTheServerAnswers(Case c) {
    if (!c.answers().isEmpty()) {
      inTurn(
          () -> get(urlEqualTo(JOB)),
          c.answers().stream()
              .map(InferenceWaitTest::answer)
              .toArray(ResponseDefinitionBuilder[]::new));
    }
    PyroRun run = pyro();
    String args = ("inference wait inf_200003 " + c.args()).trim();
    PyroRun.Result r = run.run(args.split(" "));
    assertThat(r.code()).as(r.toString()).isEqualTo(c.code());
    assertThat(r.out()).as(r.toString()).isEqualTo(c.out());
    assertThat(r.err()).as(r.toString()).isEqualTo(c.err());
    wm.verify(c.polls(), getRequestedFor(urlEqualTo(JOB)));
    if (c.waited() != null) {
      assertThat(run.time().slept()).isEqualTo(c.waited());
    }
  }
}
