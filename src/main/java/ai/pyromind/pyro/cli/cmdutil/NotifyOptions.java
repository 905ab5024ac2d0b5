package ai.pyromind.pyro.cli.cmdutil;

import picocli.CommandLine.Option;

/**
 * {@code --notify} of every wait and follow: {@code wait}, {@code --wait}, {@code logs -f}, {@code
 * train watch}. What it does happens once the command has ended (see {@code Notify} in the cli
 * root), so the commands themselves do nothing for it.
 */
public final class NotifyOptions {
  public static final String NAME = "--notify";

  @Option(
      names = NAME,
      description =
          "When it ends, a desktop notification naming it and its final state (notify-send,"
              + " osascript), else the terminal bell; never blocks or fails the command.")
  boolean notify;
}
