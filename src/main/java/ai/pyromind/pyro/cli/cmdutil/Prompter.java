package ai.pyromind.pyro.cli.cmdutil;

import java.util.List;

/** Asks the person at the terminal; tests replace it. */
public interface Prompter {
  /** Reads a secret without echoing it; null at end of input. */
  String secret(String prompt);

  /** Asks a yes/no question; anything but y/yes is no. */
  boolean confirm(String prompt);

  /**
   * Shows a list on the terminal, filtered as the person types, and returns the id picked; Esc or
   * Ctrl-C throws {@link InterruptedByUser}.
   */
  String pick(String title, List<Choice> choices);

  /**
   * Whether there is a terminal to show a list on: stdin can be a terminal in a process that has
   * none of its own ({@code setsid}, some CI runners), and then nobody is there to pick.
   */
  default boolean canPick() {
    return true;
  }
}
