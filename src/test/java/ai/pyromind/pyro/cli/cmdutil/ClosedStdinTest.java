package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI step run with stdin closed ({@code <&-}, not {@code </dev/null}): the JVM's first open file
 * takes descriptor 0, so "stdin" is the runtime's own modules image or jar. pyro must read it as
 * the closed stdin it is, not send the runtime's bytes as a token or a request body.
 */
class ClosedStdinTest {
  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  private Run pyroWithStdinClosed(String args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script =
        "exec '" + java + "' -cp \"$CP\" ai.pyromind.pyro.Main " + args + " <&- >out 2>err";
    ProcessBuilder builder =
        new ProcessBuilder(List.of("sh", "-c", script)).directory(home.toFile());
    builder.environment().put("CP", System.getProperty("java.class.path"));
    builder.environment().put("PYRO_CONFIG", home.resolve("config.yaml").toString());
    builder.environment().remove("PYRO_TOKEN");
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(home.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(home.resolve("err"), StandardCharsets.UTF_8));
  }

  @Test
  void aClosedStdinGivesNoToken() throws Exception {
    Run login = pyroWithStdinClosed("auth login --with-token --api-url http://127.0.0.1:9");
    assertThat(login).isEqualTo(new Run(2, "", "error: no token given\n"));
  }

  @Test
  void aClosedStdinIsAnEmptyBody() throws Exception {
    Run create = pyroWithStdinClosed("sandbox create -f - --dry-run");
    assertThat(create).isEqualTo(new Run(2, "", "error: stdin is empty\n"));
  }

  @Test
  void onlyTheProgramsOwnFilesAreTakenForAClosedStdin() {
    String javaHome = "/opt/pyro/runtime";
    String classPath = "/opt/pyro/lib/pyro.jar";
    assertThat(
            GivenStdin.isProgramFile(Path.of("/opt/pyro/runtime/lib/modules"), javaHome, classPath))
        .isTrue();
    assertThat(GivenStdin.isProgramFile(Path.of("/opt/pyro/lib/pyro.jar"), javaHome, classPath))
        .isTrue();
    assertThat(GivenStdin.isProgramFile(Path.of("/opt/pyro/lib/pyro.aot"), javaHome, classPath))
        .isTrue();
    assertThat(GivenStdin.isProgramFile(Path.of("/home/me/job.yaml"), javaHome, classPath))
        .isFalse();
    assertThat(
            GivenStdin.isProgramFile(Path.of("/opt/pyro/runtime-notes.txt"), javaHome, classPath))
        .isFalse();
  }
}
