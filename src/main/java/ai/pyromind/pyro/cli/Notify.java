package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Notifier;
import ai.pyromind.pyro.cli.cmdutil.NotifyOptions;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.output.OutputClosed;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --notify}, for every command that has it: refused where nothing would end (a create
 * without {@code --wait}, {@code logs} without {@code -f}), and once the command has ended, one
 * notification: the last outcome it reported ("sbx_1 is running", "timed out after 30m waiting for
 * ..."), else what it was about and how it ended. Not after Ctrl-C (the person is there), nor when
 * stdout's reader left ({@code | head}): pyro was cut off, nothing it waited for has ended.
 */
final class Notify {
  private Notify() {}

  static void check(CommandLine.ParseResult leaf) {
    if (!leaf.hasMatchedOption(NotifyOptions.NAME)) {
      return;
    }
    CommandSpec spec = leaf.commandSpec();
    if (spec.findOption("--wait") != null && !leaf.hasMatchedOption("--wait")) {
      throw new UsageException("--notify tells when a wait ends: add --wait");
    }
    if (spec.findOption("--follow") != null && !leaf.hasMatchedOption("--follow")) {
      throw new UsageException("--notify tells when a follow ends: add -f");
    }
  }

  /** After the command ended with this code, or with this failure (null when it returned). */
  static void after(Context ctx, CommandLine.ParseResult leaf, int code, Throwable failure) {
    if (!leaf.hasMatchedOption(NotifyOptions.NAME)
        || code == ExitCode.INTERRUPTED
        || code == ExitCode.OUTPUT_CLOSED
        || failure instanceof OutputClosed) {
      return;
    }
    try {
      String text =
          failure != null
              ? subject(leaf) + ": " + ErrorHandler.message(failure)
              : ctx.out().lastOutcome() != null
                  ? ctx.out().lastOutcome()
                  : subject(leaf)
                      + " "
                      + (code == ExitCode.OK ? "ended" : "ended with exit " + code);
      new Notifier(ctx.env(), ctx.out(), ctx.debug())
          .send(leaf.commandSpec().qualifiedName(), text);
    } catch (RuntimeException e) {
      // a notification is a courtesy: it never changes how the command ended
    }
  }

  /** The id the command was about, else its group's name. */
  private static String subject(CommandLine.ParseResult leaf) {
    for (PositionalParamSpec p : leaf.commandSpec().positionalParameters()) {
      if (p.paramLabel().equals("ID") && p.getValue() instanceof String id) {
        return id;
      }
    }
    CommandSpec parent = leaf.commandSpec().parent();
    return parent == null ? leaf.commandSpec().name() : parent.name();
  }
}
