package ai.pyromind.pyro.cli.cmdutil;

/**
 * A command or option mixin whose values can be checked before anything is sent. The root checks
 * every one the command has before it looks a name up or shows a picker, so that a bad option is
 * exit 2 without a request; a command's own {@code call()} may check again.
 */
public interface Preflight {
  /** Throws a usage error (exit 2) for a bad value; sends nothing. */
  void preflight();
}
