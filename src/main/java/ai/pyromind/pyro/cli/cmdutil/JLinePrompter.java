package ai.pyromind.pyro.cli.cmdutil;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Prompts on the real terminal with JLine, which is started only when a prompt is needed. Every
 * JLine type lives in {@link Session}: naming them here (even in a catch) would load them for every
 * command, since each command line gets a prompter.
 */
final class JLinePrompter implements Prompter {
  private Session session;

  @Override
  public String secret(String prompt) {
    return session().read(prompt, '*');
  }

  @Override
  public boolean confirm(String prompt) {
    String answer = session().read(prompt, null);
    return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes");
  }

  @Override
  public String pick(String title, List<Choice> choices) {
    return ListPicker.onTty(System.getenv("TERM"), title, choices);
  }

  /** Whether this process has a controlling terminal, the one the list is drawn on. */
  @Override
  public boolean canPick() {
    try (FileInputStream tty = new FileInputStream(TtyTerminal.TTY)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private Session session() {
    if (session == null) {
      session = new Session();
    }
    return session;
  }

  private static final class Session {
    private final LineReader reader;

    Session() {
      try {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder().terminal(terminal).build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
      }
    }

    String read(String prompt, Character mask) {
      try {
        return reader.readLine(prompt, mask);
      } catch (EndOfFileException e) {
        return null;
      } catch (UserInterruptException e) {
        throw new InterruptedByUser();
      }
    }
  }
}
