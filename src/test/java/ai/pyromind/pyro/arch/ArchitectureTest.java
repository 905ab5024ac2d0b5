package ai.pyromind.pyro.arch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(violations("api", to -> !in("api", to))).isEmpty();
  }

  @Test
  void outputUsesOnlyApi() {
    assertThat(violations("output", to -> !in("api", to) && !in("output", to))).isEmpty();
  }

  @Test
  void onlyTheCommandLineKnowsPicocli() {
    for (String tree : List.of("api", "output", "config", "emulator")) {
      assertThat(violations(tree, to -> to.equals("picocli"))).isEmpty();
    }
  }

  @Test
  void configAndTheEmulatorNeverUseTheCommandLine() {
    assertThat(violations("config", to -> in("cli", to))).isEmpty();
    assertThat(violations("emulator", to -> in("cli", to))).isEmpty();
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
    assertThat(violations("cli.cmdutil", to -> in("cli", to) && !in("cli.cmdutil", to))).isEmpty();
  }

  @Test
  void followUsesOnlyCmdutilOfTheCli() {
    assertThat(
            violations(
                "cli.follow",
                to -> in("cli", to) && !in("cli.cmdutil", to) && !in("cli.follow", to)))
        .isEmpty();
  }

  @Test
  void theGraphIsReadFromTheClassesAndImports() {
    // guards the test itself: a reader that found nothing would pass every rule above
    assertThat(graph.uses("cli.sandbox")).contains("cli.cmdutil", "api", "output");
    assertThat(graph.uses("cli")).contains("cli.sandbox", "cli.cmdutil");
    assertThat(graph.uses("cli.completion")).contains("cli.cmdutil");
    assertThat(graph.uses("cli.cmdutil")).contains("picocli");
  }

  /** Whether the package is the tree's root or below it: {@code in("cli", "cli.sandbox")}. */
  private static boolean in(String tree, String pkg) {
    return pkg.equals(tree) || pkg.startsWith(tree + ".");
  }

  /** Each use of a forbidden package by the tree's packages, with one class-level example. */
  private static List<String> violations(String tree, Predicate<String> forbidden) {
    List<String> found = new ArrayList<>();
    for (String from : graph.packages()) {
      if (in(tree, from)) {
        for (String to : graph.uses(from)) {
          if (forbidden.test(to)) {
            found.add(from + " uses " + to + ": " + graph.example(from, to));
          }
        }
      }
    }
    return found;
  }
}
