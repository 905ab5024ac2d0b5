package ai.pyromind.pyro.cli.follow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.testing.PyroRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code create --wait} leaves the id on stdout however the wait ends, so a trap can clean up. */
class WaitKeepsTheIdTest extends WaitCommandTest {
  private static final String TIMED_OUT =
      "error: timed out after 200ms waiting for sbx_1 to reach running (it is pending)\n";

  private void sandboxCreatedButNeverRunning() {
    sandboxCreated();
    sandboxAnswers(sandbox("pending"));
  }

  private void jobThatFails() {
    jobSubmitted();
    jobAnswers("train_9", job("train_9", "failed"));
  }

  /** With JSON output the error is JSON too: its message, from the last line of stderr. */
  private static String lastErrorMessage(PyroRun.Result r) throws Exception {
    String last = r.err().lines().reduce((a, b) -> b).orElseThrow();
    return Json.parse(last).at("/error/message").asText();
  }

  @Test
  void aTimedOutCreateWithOutputIdStillPrintsTheId() {
    sandboxCreatedButNeverRunning();
    PyroRun.Result r =
        run(with(CREATE_SANDBOX, "--interval", "20ms", "--timeout", "200ms", "-o", "id"));
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo("sbx_1\n");
    assertThat(r.err()).isEqualTo("✓ created sbx_1 (pending)\n" + TIMED_OUT);
    assertThat(waited()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void aSubmitWithWaitOfAJobThatFailsPrintsTheIdWith7() {
    jobThatFails();
    PyroRun.Result r = run(with(SUBMIT_JOB, "--interval", "10ms", "-o", "id"));
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    assertThat(r.out()).isEqualTo("train_9\n");
    assertThat(r.err())
        .isEqualTo(
            "✓ submitted train_9 (pending)\nerror: train_9 failed; it can no longer reach success\n");
  }

  @Test
  void withJsonStdoutIsOneObjectTheLastStateSeenWhateverTheExitCode() throws Exception {
    jobThatFails();
    PyroRun.Result r = run(with(SUBMIT_JOB, "--interval", "10ms", "-o", "json"));
    assertThat(r.code()).as(r.toString()).isEqualTo(7);
    JsonNode printed = Json.parse(r.out());
    assertThat(printed.path("job_id").asText()).isEqualTo("train_9");
    assertThat(printed.path("status").asText()).isEqualTo("failed");
    assertThat(r.err()).startsWith("✓ submitted train_9 (pending)\n");
    assertThat(lastErrorMessage(r)).isEqualTo("train_9 failed; it can no longer reach success");
  }

  @Test
  void withJqTheFilterSeesTheLastStateOfATimedOutCreate() throws Exception {
    sandboxCreatedButNeverRunning();
    PyroRun.Result r =
        run(
            with(
                CREATE_SANDBOX,
                "--interval",
                "20ms",
                "--timeout",
                "200ms",
                "--jq",
                ".sandbox_id + \" \" + .status"));
    assertThat(r.code()).as(r.toString()).isEqualTo(8);
    assertThat(r.out()).isEqualTo("sbx_1 pending\n");
    assertThat(r.err()).startsWith("✓ created sbx_1 (pending)\n{\"error\":");
    assertThat(lastErrorMessage(r))
        .isEqualTo("timed out after 200ms waiting for sbx_1 to reach running (it is pending)");
  }

  @Test
  void aBadTimeoutIsRefusedBeforeAnythingIsCreated() {
    PyroRun.Result r = run(with(CREATE_SANDBOX, "--timeout", "5x", "-o", "id"));
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").contains("5x");
    assertThat(wm.getAllServeEvents()).as("no request: nothing was created").isEmpty();
  }
}
