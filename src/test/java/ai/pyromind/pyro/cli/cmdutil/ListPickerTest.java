package ai.pyromind.pyro.cli.cmdutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The picker on a JLine terminal whose keys the test types while it runs, and resizes. */
class ListPickerTest {
  private static final List<Choice> CHOICES =
      List.of(
          new Choice("sbx_1", List.of("sbx_1", "训练-🔥-a-rather-long-name", "running")),
          new Choice("sbx_2", List.of("sbx_2", "plain-box", "running")));
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private PipedOutputStream keys;
  private Terminal terminal;

  @BeforeEach
  void terminal() throws Exception {
    keys = new PipedOutputStream();
    terminal =
        TerminalBuilder.builder()
            .system(false)
            .streams(new PipedInputStream(keys), screen)
            .type("xterm")
            .size(new Size(100, 24))
            .build();
  }

  @AfterEach
  void close() throws Exception {
    thread.shutdownNow();
    terminal.close();
  }

  private String drawn() {
    return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "");
  }

  private void awaitScreen(Predicate<String> shows) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!shows.test(drawn())) {
      assertThat(System.nanoTime()).as("the screen: " + drawn()).isLessThan(end);
      Thread.sleep(10);
    }
  }

  @Test
  void aResizedTerminalGetsTheListDrawnAgainAtItsNewWidth() throws Exception {
    Future<String> picked = thread.submit(() -> new ListPicker(terminal).pick("Pick:", CHOICES));
    awaitScreen(s -> s.contains("plain-box"));
    screen.reset();

    terminal.setSize(new Size(16, 24));
    terminal.raise(Terminal.Signal.WINCH);

    // 15 columns: the line is cut before 🔥, which would straddle the edge, never inside it
    awaitScreen(s -> s.contains("  sbx_2  plain…"));
    assertThat(drawn()).contains("> sbx_1  训练-…").doesNotContain("running");
    keys.write("\r".getBytes(StandardCharsets.UTF_8));
    keys.flush();
    assertThat(picked.get(10, TimeUnit.SECONDS)).isEqualTo("sbx_1");
  }

  @Test
  void onATerminalLowerThanTheListTheLineMovedToStaysInSight() throws Exception {
    terminal.setSize(new Size(80, 3));
    List<Choice> four =
        List.of(
            new Choice("a", List.of("sbx_a")),
            new Choice("b", List.of("sbx_b")),
            new Choice("c", List.of("sbx_c")),
            new Choice("d", List.of("sbx_d")));
    Future<String> picked = thread.submit(() -> new ListPicker(terminal).pick("Pick:", four));
    awaitScreen(s -> s.contains("sbx_b"));
    screen.reset();
    keys.write("\033[B\033[B".getBytes(StandardCharsets.UTF_8));
    keys.flush();
    // two rows fit under the title: the list scrolls so that the selected line is one of them,
    // and c gets drawn (the display writes only what changed, so the line is not whole here)
    awaitScreen(s -> s.contains("c"));
    keys.write("\r".getBytes(StandardCharsets.UTF_8));
    keys.flush();
    assertThat(picked.get(10, TimeUnit.SECONDS)).isEqualTo("c");
  }
}
