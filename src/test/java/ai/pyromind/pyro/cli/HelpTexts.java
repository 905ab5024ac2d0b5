package ai.pyromind.pyro.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Every piece of text one command's help shows: description, header, footer, arguments. */
final class HelpTexts {
  private HelpTexts() {}

  static List<String> of(CommandSpec spec) {
    UsageMessageSpec usage = spec.usageMessage();
    List<String> texts = new ArrayList<>();
    texts.addAll(List.of(usage.header()));
    texts.addAll(List.of(usage.description()));
    texts.addAll(List.of(usage.footer()));
    for (ArgSpec arg : spec.args()) {
      texts.addAll(List.of(arg.description()));
    }
    return texts;
  }
}
