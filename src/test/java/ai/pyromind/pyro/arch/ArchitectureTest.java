package ai.pyromind.pyro.arch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way (docs/ARCHITECTURE.md): {@code api} <- {@code output}, {@code config}
 * <- {@code cli.cmdutil} <- {@code cli.follow}, {@code cli.create} <- the noun packages <- the
 * {@code cli} root that assembles them. A back-import anywhere fails here, naming the classes.
 */
class ArchitectureTest {
  private static PackageGraph graph;

  @BeforeAll
  static void read() throws Exception {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    graph = PackageGraph.of(classes, Path.of("src/main/java"));
  }

  @Test
  void noPackageCycle() {
    assertThat(PackageCycles.find(graph)).as("package cycles").isEmpty();
  }

  @Test
  void apiUsesNoOtherPyroPackage() {
    assertThat(violations("api", to -> true)).isEmpty();
  }

  @Test
  void outputUsesOnlyApi() {
    assertThat(violations("output", to -> !to.equals("api"))).isEmpty();
  }

  @Test
  void configAndTheEmulatorNeverUseTheCommandLine() {
    assertThat(violations("config", ArchitectureTest::isCli)).isEmpty();
    assertThat(violations("emulator", ArchitectureTest::isCli)).isEmpty();
  }

  @Test
  void noCommandPackageUsesTheCliRoot() {
    List<String> found = new ArrayList<>();
    for (String pkg : graph.packages()) {
      if (pkg.startsWith("cli.")) {
        found.addAll(violations(pkg, to -> to.equals("cli")));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void cmdutilUsesNoOtherCliPackage() {
    assertThat(violations("cli.cmdutil", ArchitectureTest::isCli)).isEmpty();
  }

  @Test
  void followUsesOnlyCmdutilOfTheCli() {
    assertThat(violations("cli.follow", to -> isCli(to) && !to.equals("cli.cmdutil"))).isEmpty();
  }

  @Test
  void theGraphIsReadFromTheClassesAndImports() {
    // guards the test itself: a reader that found nothing would pass every rule above
    assertThat(graph.uses("cli.sandbox")).contains("cli.cmdutil", "api", "output");
    assertThat(graph.uses("cli")).contains("cli.sandbox", "cli.cmdutil");
    assertThat(graph.uses("cli.completion")).contains("cli.cmdutil");
  }

  private static boolean isCli(String pkg) {
    return pkg.equals("cli") || pkg.startsWith("cli.");
  }

  private static List<String> violations(String from, Predicate<String> forbidden) {
    List<String> found = new ArrayList<>();
    Set<String> uses = graph.uses(from);
    for (String to : uses) {
      if (forbidden.test(to)) {
        found.add(from + " uses " + to + ": " + graph.example(from, to));
      }
    }
    return found;
  }
}
