package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pyro completion bash|zsh|fish}: prints the completion script. */
@Command(
    name = "completion",
    description = "Print the shell completion script for bash, zsh or fish.",
    footer = {
      "",
      "Examples:",
      "  pyro completion fish > ~/.config/fish/completions/pyro.fish",
      "  source <(pyro completion bash)        # in ~/.bashrc",
      "  source <(pyro completion zsh)         # in ~/.zshrc"
    })
public final class CompletionCommand extends ContextCommand {
  @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
  String shell;

  @Override
  public Integer call() {
    Validate.oneOf("shell", shell, "bash", "zsh", "fish");
    CommandLine root = ctx.wholeTree();
    String script =
        switch (shell) {
          case "bash" -> CompletionScripts.bash(root);
          case "zsh" -> CompletionScripts.zsh(root);
          default -> CompletionScripts.fish(root);
        };
    ctx.out().data().print(script.endsWith("\n") ? script : script + "\n");
    ctx.out().data().flush();
    return ExitCode.OK;
  }
}
