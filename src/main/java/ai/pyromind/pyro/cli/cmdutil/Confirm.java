package ai.pyromind.pyro.cli.cmdutil;

/** Asks before destroying something, on a terminal only; scripts pass {@code --yes}. */
public final class Confirm {
  private Confirm() {}

  /** Returns whether to go ahead; throws a usage error when there is nobody to ask. */
  public static boolean ask(Context ctx, boolean yes, String question) {
    if (yes) {
      return true;
    }
    if (!ctx.env().stdinTerminal()) {
      throw new UsageException("refusing to delete without confirmation: pass --yes");
    }
    return ctx.env().prompter().confirm(question + " [y/N] ");
  }
}
