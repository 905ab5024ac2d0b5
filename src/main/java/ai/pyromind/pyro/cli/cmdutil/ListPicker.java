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
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * A list to pick one entry from: typing filters it (any part of a line, any case), the arrows move,
 * Enter picks, Esc, Ctrl-C or Ctrl-D cancels ({@link InterruptedByUser}, exit 130). The list is
 * erased when it ends, and drawn again when the terminal is resized. Columns line up and lines are
 * cut in terminal columns ({@link ChoiceLayout}). JLine's classes are loaded only when a list is
 * shown.
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
  // what is drawn; the resize handler (another thread) redraws it, so it is read under the lock
  private final StringBuilder filter = new StringBuilder();
  private String title;
  private ChoiceLayout layout;
  private List<Choice> shown;
  private int selected;
  private Display display;

  public ListPicker(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Shows the list on the controlling terminal and returns the id picked. */
  public static String onTty(String terminalType, String title, List<Choice> choices) {
    try (Terminal tty = TtyTerminal.open(terminalType);
        TtyTerminal.Resizes resizes = TtyTerminal.forwardResizes(tty)) {
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
    synchronized (this) {
      this.title = title;
      this.layout = new ChoiceLayout(choices);
      this.display = new Display(terminal, false);
    }
    SignalHandler before = terminal.handle(Signal.WINCH, signal -> redraw());
    BindingReader reader = new BindingReader(terminal.reader());
    KeyMap<Key> keys = keys();
    try {
      while (true) {
        synchronized (this) {
          shown = matching(choices, filter.toString());
          selected = Math.max(0, Math.min(selected, shown.size() - 1));
          draw();
        }
        Key key = reader.readBinding(keys);
        if (key == null || key == Key.CANCEL) {
          throw new InterruptedByUser();
        }
        synchronized (this) {
          switch (key) {
            case UP -> selected--;
            case DOWN -> selected++;
            case ERASE -> eraseLast();
            case TYPE -> filter.append(reader.getLastBinding());
            case PICK -> {
              if (!shown.isEmpty()) {
                return shown.get(selected).id();
              }
            }
            default -> throw new IllegalStateException(key.name());
          }
        }
      }
    } finally {
      terminal.handle(Signal.WINCH, before);
      synchronized (this) {
        shown = null;
        display.update(List.of(), 0);
      }
      terminal.setAttributes(saved);
      terminal.flush();
    }
  }

  /** The terminal was resized: draw the list again at its new width and height. */
  private synchronized void redraw() {
    if (shown != null) {
      draw();
    }
  }

  private void draw() {
    Size size = terminal.getSize();
    int columns = size.getColumns() > 0 ? size.getColumns() : 80;
    int rows = size.getRows() > 0 ? size.getRows() : 24;
    display.resize(rows, columns);
    String prompt = ChoiceLayout.fit(title + " " + filter, columns);
    display.update(lines(prompt, columns, Math.max(1, Math.min(ROWS, rows - 1))), cursor(prompt));
    terminal.flush();
  }

  /** Where the cursor stands after the prompt, in the positions JLine's display counts. */
  private static int cursor(String prompt) {
    return new AttributedString(prompt).columnLength();
  }

  /** Takes the last character typed off the filter, both halves of a surrogate pair. */
  private void eraseLast() {
    if (filter.length() > 0) {
      filter.setLength(filter.offsetByCodePoints(filter.length(), -1));
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

  private List<AttributedString> lines(String prompt, int columns, int rows) {
    List<AttributedString> lines = new ArrayList<>();
    lines.add(new AttributedString(prompt));
    int first = Math.max(0, Math.min(selected - rows / 2, shown.size() - rows));
    for (int i = first; i < Math.min(shown.size(), first + rows); i++) {
      boolean current = i == selected;
      AttributedStyle style = current ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT;
      String line = (current ? "> " : "  ") + layout.line(shown.get(i));
      lines.add(new AttributedString(ChoiceLayout.fit(line, columns), style));
    }
    if (shown.isEmpty()) {
      lines.add(new AttributedString(ChoiceLayout.fit("  (nothing matches)", columns)));
    }
    return lines;
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
