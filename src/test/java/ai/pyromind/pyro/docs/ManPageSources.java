package ai.pyromind.pyro.docs;

import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Env;
import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The build's man page sources: picocli's ManPageGenerator writes AsciiDoc for {@code pyro} and
 * every command of the real command tree; Asciidoctor's manpage backend turns them into roff.
 */
public final class ManPageSources {
  private ManPageSources() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    CommandLine root = Pyro.commandLine(new Context(Env.system()), sink, sink);
    List<CommandSpec> specs = new ArrayList<>();
    collect(root, specs);
    int code =
        ManPageGenerator.generateManPage(
            out, null, new boolean[0], true, specs.toArray(CommandSpec[]::new));
    if (code != 0) {
      throw new IllegalStateException("man page generation failed: " + code);
    }
  }

  private static void collect(CommandLine command, List<CommandSpec> into) {
    CommandSpec spec = command.getCommandSpec();
    if (spec.usageMessage().hidden() || into.contains(spec)) {
      return;
    }
    into.add(spec);
    command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
  }
}
