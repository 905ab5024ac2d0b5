package ai.pyromind.pyro.cli.cmdutil;

/** Asks the person at the terminal; tests replace it. */
public interface Prompter {
  /** Reads a secret without echoing it; null at end of input. */
  String secret(String prompt);

  /** Asks a yes/no question; anything but y/yes is no. */
  boolean confirm(String prompt);
}
