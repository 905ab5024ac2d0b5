package ai.pyromind.pyro.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JdkLoggerFinderTest {
  @Test
  void theJdkFindsPyrosLoggerFinderAsAService() {
    assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(JdkLoggerFinder.class);
  }

  @Test
  void onlyWarningsAndErrorsAreLoggable() {
    System.Logger logger = new JdkLoggerFinder().getLogger("jdk.test", Object.class.getModule());
    assertThat(logger.isLoggable(System.Logger.Level.DEBUG)).isFalse();
    assertThat(logger.isLoggable(System.Logger.Level.INFO)).isFalse();
    assertThat(logger.isLoggable(System.Logger.Level.WARNING)).isTrue();
    assertThat(logger.isLoggable(System.Logger.Level.ERROR)).isTrue();
    assertThat(logger.isLoggable(System.Logger.Level.OFF)).isFalse();
  }

  @Test
  void aWarningIsOneLineOnStderrAndInfoNothing() {
    System.Logger logger = new JdkLoggerFinder().getLogger("jdk.test", Object.class.getModule());
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      logger.log(System.Logger.Level.INFO, "quiet");
      logger.log(System.Logger.Level.WARNING, "port {0} busy", 80);
      logger.log(System.Logger.Level.ERROR, "failed", new IllegalStateException("boom"));
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "jdk.test: WARNING: port 80 busy"
                + System.lineSeparator()
                + "jdk.test: ERROR: failed: java.lang.IllegalStateException: boom"
                + System.lineSeparator());
  }
}
