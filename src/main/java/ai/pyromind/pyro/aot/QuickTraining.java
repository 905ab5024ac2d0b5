package ai.pyromind.pyro.aot;

import ai.pyromind.pyro.Main;
import ai.pyromind.pyro.cli.QuickAnswers;
import ai.pyromind.pyro.output.StdoutGuard;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The training run of the small AOT cache the launcher picks for the lines {@link QuickAnswers}
 * answers: {@code --version} and a stored help page, printed as {@link Main} prints them.
 */
public final class QuickTraining {
  private QuickTraining() {}

  public static void main(String[] args) {
    PrintWriter sink =
        new PrintWriter(
            new OutputStreamWriter(
                new StdoutGuard(OutputStream.nullOutputStream()), StandardCharsets.UTF_8),
            false);
    // the environment as Main passes it (a build that forces colour trains the version alone)
    String[][] lines = {{"--version"}, {"sandbox", "list", "--help"}, {"-h"}};
    for (String[] line : lines) {
      QuickAnswers.answer(line, System.getenv(), sink, sink);
    }
    if (Main.class.getName().isEmpty()) {
      throw new IllegalStateException();
    }
    System.exit(0);
  }
}
