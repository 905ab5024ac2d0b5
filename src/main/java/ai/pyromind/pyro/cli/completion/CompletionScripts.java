package ai.pyromind.pyro.cli.completion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Completion scripts of our own, generated from the command tree's picocli model: the tree as data
 * ({@link ShellData}, {@link FishData}) and a small hand-written driver per shell (the {@code
 * driver.*} resources beside this class). Static words complete without starting pyro; commands
 * that take an ID ask for ids (see {@link IdCache}).
 */
public final class CompletionScripts {
  /** What an id looks like; anything else the server lists is never offered. */
  static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$";

  private static final String HEADER =
      "# %s completion for pyro, generated from its command tree by `pyro completion %s`.\n"
          + "# Install: see README.md, \"Shell completion\".\n\n";

  private CompletionScripts() {}

  public static String bash(CommandLine root) {
    return HEADER.formatted("bash", "bash")
        + ShellData.render(CompletionModel.of(root))
        + driver("bash");
  }

  /** Either sourced ({@code source <(pyro completion zsh)}) or on $fpath as {@code _pyro}. */
  public static String zsh(CommandLine root) {
    return "#compdef pyro\n"
        + HEADER.formatted("zsh", "zsh")
        + ShellData.render(CompletionModel.of(root))
        + ShellData.zshDescriptions(CompletionModel.of(root))
        + driver("zsh");
  }

  public static String fish(CommandLine root) {
    return HEADER.formatted("fish", "fish")
        + FishData.render(CompletionModel.of(root))
        + driver("fish");
  }

  private static String driver(String shell) {
    try (InputStream in = CompletionScripts.class.getResourceAsStream("driver." + shell)) {
      if (in == null) {
        throw new IllegalStateException("driver." + shell + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
