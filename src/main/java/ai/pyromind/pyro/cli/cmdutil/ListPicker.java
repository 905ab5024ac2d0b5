package ai.pyromind.pyro.cli.cmdutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * A list to pick one entry from: typing filters it (any part of a line, any case), the arrows move,
 * Enter picks, Esc, Ctrl-C or Ctrl-D cancels ({@link InterruptedByUser}, exit 130). The list is
 * erased when it ends. JLine's classes are loaded only when a list is shown.
 */
public final class ListPicker {
  private enum Key {
    UP,
    DOWN,
    PICK,
    CANCEL,
    ERASE,
    TYPE
  }

  private static final int ROWS = 10;
  private static final long ESC_WAIT_MS = 150;
  private final Terminal terminal;

  public ListPicker(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Shows the list on the controlling terminal and returns the id picked. */
  public static String onTty(String terminalType, String title, List<Choice> choices) {
    try (Terminal tty = TtyTerminal.open(terminalType)) {
      return new ListPicker(tty).pick(title, choices);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
    }
  }

  /** The id of the entry picked. */
  public String pick(String title, List<Choice> choices) {
    Attributes saved = terminal.enterRawMode();
    Attributes raw = new Attributes(terminal.getAttributes());
    raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C is a key here: restore, then 130
    terminal.setAttributes(raw);
    Size size = terminal.getSize();
    int columns = size.getColumns() > 0 ? size.getColumns() : 80;
    Display display = new Display(terminal, false);
    display.resize(size.getRows() > 0 ? size.getRows() : 24, columns);
    BindingReader reader = new BindingReader(terminal.reader());
    KeyMap<Key> keys = keys();
    StringBuilder filter = new StringBuilder();
    int selected = 0;
    try {
      while (true) {
        List<Choice> shown = matching(choices, filter.toString());
        selected = Math.max(0, Math.min(selected, shown.size() - 1));
        display.update(
            lines(title, filter, shown, selected, columns),
            Math.min(title.length() + 1 + filter.length(), columns - 1));
        terminal.flush();
        Key key = reader.readBinding(keys);
        if (key == null || key == Key.CANCEL) {
          throw new InterruptedByUser();
        }
        switch (key) {
          case UP -> selected--;
          case DOWN -> selected++;
          case ERASE -> filter.setLength(Math.max(0, filter.length() - 1));
          case TYPE -> filter.append(reader.getLastBinding());
          case PICK -> {
            if (!shown.isEmpty()) {
              return shown.get(selected).id();
            }
          }
          default -> throw new IllegalStateException(key.name());
        }
      }
    } finally {
      display.update(List.of(), 0);
      terminal.setAttributes(saved);
      terminal.flush();
    }
  }

  static List<Choice> matching(List<Choice> choices, String filter) {
    String wanted = filter.toLowerCase(Locale.ROOT);
    List<Choice> shown = new ArrayList<>();
    for (Choice c : choices) {
      if (c.label().toLowerCase(Locale.ROOT).contains(wanted)) {
        shown.add(c);
      }
    }
    return shown;
  }

  private static List<AttributedString> lines(
      String title, CharSequence filter, List<Choice> shown, int selected, int columns) {
    List<AttributedString> lines = new ArrayList<>();
    lines.add(fit(new AttributedString(title + " " + filter), columns));
    int first = Math.max(0, Math.min(selected - ROWS / 2, shown.size() - ROWS));
    for (int i = first; i < Math.min(shown.size(), first + ROWS); i++) {
      boolean current = i == selected;
      AttributedStyle style = current ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT;
      lines.add(
          fit(
              new AttributedString((current ? "> " : "  ") + shown.get(i).label(), style),
              columns));
    }
    if (shown.isEmpty()) {
      lines.add(new AttributedString("  (nothing matches)"));
    }
    return lines;
  }

  private static AttributedString fit(AttributedString line, int columns) {
    return line.columnLength() < columns ? line : line.columnSubSequence(0, columns - 1);
  }

  private KeyMap<Key> keys() {
    KeyMap<Key> keys = new KeyMap<>();
    keys.setAmbiguousTimeout(ESC_WAIT_MS);
    keys.setUnicode(Key.TYPE);
    keys.bind(Key.TYPE, KeyMap.range(" -~"));
    keys.bind(Key.UP, "\033[A", "\033OA", KeyMap.ctrl('P'));
    keys.bind(Key.DOWN, "\033[B", "\033OB", KeyMap.ctrl('N'));
    bindCapability(keys, Key.UP, Capability.key_up);
    bindCapability(keys, Key.DOWN, Capability.key_down);
    keys.bind(Key.PICK, "\r", "\n");
    keys.bind(Key.CANCEL, KeyMap.esc(), KeyMap.ctrl('C'), KeyMap.ctrl('D'), KeyMap.ctrl('G'));
    keys.bind(Key.ERASE, KeyMap.del(), KeyMap.ctrl('H'));
    return keys;
  }

  private void bindCapability(KeyMap<Key> keys, Key key, Capability capability) {
    String sequence = KeyMap.key(terminal, capability);
    if (sequence != null && !sequence.isEmpty()) {
      keys.bind(key, sequence);
    }
  }
}
