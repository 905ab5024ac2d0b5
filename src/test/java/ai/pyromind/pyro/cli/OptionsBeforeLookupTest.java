package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;

/** A bad option is exit 2 before a name is looked up or a picker is shown: nothing is sent. */
class OptionsBeforeLookupTest extends CommandTest {
  @Test
  void aBadTimeoutWithANameSendsNoListRequest() {
    PyroRun.Result r = pyro().run("sandbox", "wait", "demo", "--timeout", "soon");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("soon");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadSinceOnAFollowWithANameSendsNoListRequest() {
    PyroRun.Result r = pyro().run("train", "logs", "my-job", "-f", "--since", "yesterday");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: invalid --since 'yesterday'");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadRegexWithANameSendsNoListRequest() {
    PyroRun.Result r = pyro().run("inference", "logs", "my-job", "--grep", "(");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: invalid --grep regex '('");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadIntervalOnATerminalShowsNoPicker() {
    PyroRun.Result r = pyro().terminal().run("instance", "wait", "--interval", "0s");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --interval: duration must be longer than zero: '0s'\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aCommandsOwnOptionCheckComesBeforeTheLookupToo() {
    PyroRun.Result r =
        pyro().run("train", "pause", "my-job", "--no-checkpoint", "--checkpoint-name", "c1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: --checkpoint-name and --no-checkpoint cannot be used together\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadTtlWithANameSendsNoListRequest() {
    PyroRun.Result r = pyro().run("instance", "token", "my-box", "--ttl", "0s");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --ttl: duration must be longer than zero: '0s'\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadLogLinesWithANameSendsNoListRequest() {
    PyroRun.Result r = pyro().run("inference", "get", "my-job", "--log-lines", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --log-lines");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadLearningRateOnATerminalShowsNoPicker() {
    PyroRun.Result r = pyro().terminal().run("train", "resume", "--learning-rate", "-1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --learning-rate must lie between 1e-100 and 1e100\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void anEditWithNothingToChangeShowsNoPickerAndSendsNothing() {
    PyroRun.Result r = pyro().terminal().run("instance", "edit");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: nothing to change: give --name, --cpu, --memory, --gpu, --expires or"
                + " --password-stdin\n");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBadResourceOnResumeWithANameSendsNoListRequest() {
    PyroRun.Result r = pyro().run("instance", "resume", "my-box", "--cpu", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("cpu");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void helpWithABadOptionIsStillHelp() {
    PyroRun.Result r = pyro().run("sandbox", "wait", "--timeout", "soon", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: pyro sandbox wait");
  }
}
