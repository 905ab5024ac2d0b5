package ai.pyromind.pyro.cli.create;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.cli.cmdutil.BodyInput;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.follow.WaitOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every create and submit takes: {@code -f}, {@code --dry-run}, {@code --wait}; what is done
 * with them is {@code follow.Creator}'s.
 */
public final class CreateOptions {
  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Request body as JSON or YAML ('-' for stdin); flags override its fields.")
  String file;

  @Option(
      names = "--dry-run",
      description = "Print the request as a curl command and send nothing.")
  boolean dryRun;

  @Option(
      names = "--wait",
      description =
          "Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); "
              + "-o id prints the id at once, other formats the last state, whatever the exit.")
  boolean await;

  @Mixin WaitOptions waitOptions;

  /** Whether {@code --wait} was given: what is printed at the end is then a later view. */
  public boolean waits() {
    return await;
  }

  public boolean dryRun() {
    return dryRun;
  }

  public WaitOptions waitOptions() {
    return waitOptions;
  }

  public boolean bodyFromStdin() {
    return "-".equals(file);
  }

  /** The body to build on: the {@code -f} document, or an empty object. */
  public ObjectNode body(Context ctx) {
    return file == null ? Json.object() : BodyInput.readObject(file, ctx.env());
  }
}
