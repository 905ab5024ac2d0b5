package ai.pyromind.pyro.cli.model;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** A command's model as text, attribute by attribute, to compare two models of one command. */
final class SpecDescription {
  /** Settings that hold objects of their own in each spec (renderers, caches, bundles). */
  private static final List<String> PER_INSTANCE =
      List.of(
          "helpFactory",
          "helpSectionRendererMap",
          "cachedTerminalWidth",
          "interpolator",
          "messages");

  private SpecDescription() {}

  static String of(CommandSpec spec) {
    List<String> lines = new ArrayList<>();
    lines.add("name " + spec.name() + " aliases " + Arrays.toString(spec.aliases()));
    lines.add("qualified " + spec.qualifiedName());
    lines.add("user " + (spec.userObject() == null ? null : spec.userObject().getClass()));
    lines.add("mixins " + spec.mixins().keySet() + " std " + spec.mixinStandardHelpOptions());
    lines.add("subcommands " + spec.subcommands().keySet());
    lines.add("version " + Arrays.toString(spec.version()));
    lines.add("versionProvider " + classOf(spec.versionProvider()));
    lines.add(
        "exit "
            + spec.exitCodeOnSuccess()
            + spec.exitCodeOnUsageHelp()
            + spec.exitCodeOnVersionHelp()
            + spec.exitCodeOnInvalidInput()
            + spec.exitCodeOnExecutionException()
            + " help "
            + spec.helpCommand()
            + " repeatable "
            + spec.subcommandsRepeatable());
    lines.add("parser " + fields(spec.parser()));
    UsageMessageSpec u = spec.usageMessage();
    lines.add("usage " + fields(u));
    lines.add("usage width " + u.width() + " auto " + u.autoWidth());
    lines.add("requiredArgs " + spec.requiredArgs().size());
    // the options inherited from the root come before or after the help options depending on
    // whether picocli met the subcommands before the root's options: only their set is compared
    List<String> inherited = new ArrayList<>();
    for (ArgSpec arg : spec.args()) {
      (arg.inherited() ? inherited : lines).add(arg(arg));
    }
    inherited.sort(null);
    lines.addAll(inherited);
    return String.join("\n", lines);
  }

  private static String arg(ArgSpec a) {
    StringBuilder s = new StringBuilder();
    if (a instanceof OptionSpec o) {
      s.append("option ").append(Arrays.toString(o.names()));
      s.append(" order ").append(o.order()).append(" negatable ").append(o.negatable());
      s.append(" fallback ").append(o.fallbackValue());
      s.append(" usageHelp ").append(o.usageHelp()).append(" versionHelp ").append(o.versionHelp());
      s.append(" help ").append(o.help());
    } else {
      PositionalParamSpec p = (PositionalParamSpec) a;
      s.append("positional ").append(p.index()).append(" unspecified ");
      s.append(p.index().isUnspecified());
    }
    s.append(" arity ").append(a.arity()).append(" unspecified ").append(a.arity().isUnspecified());
    s.append(" label ").append(a.paramLabel()).append(" hideSyntax ").append(a.hideParamSyntax());
    s.append(" type ").append(a.type()).append(" aux ").append(Arrays.toString(a.auxiliaryTypes()));
    s.append(" multi ").append(a.typeInfo().isMultiValue());
    s.append(" required ").append(a.required()).append(" hidden ").append(a.hidden());
    s.append(" inherited ").append(a.inherited()).append(" scope ").append(a.scopeType());
    s.append(" default ").append(a.defaultValue()).append(" initial ").append(a.initialValue());
    s.append(" hasInitial ").append(a.hasInitialValue());
    s.append(" show ").append(a.showDefaultValue());
    s.append(" description ").append(Arrays.toString(a.description()));
    s.append(" key ").append(a.descriptionKey());
    s.append(" split ").append(a.splitRegex()).append(" ").append(a.splitRegexSynopsisLabel());
    s.append(" candidates ").append(candidates(a.completionCandidates()));
    s.append(" interactive ").append(a.interactive());
    s.append(" mapFallback ").append(a.mapFallbackValue());
    return s.toString();
  }

  private static String fields(Object settings) {
    List<String> parts = new ArrayList<>();
    for (Field f : ModelGenerator.settings(settings.getClass())) {
      if (PER_INSTANCE.contains(f.getName())) {
        continue;
      }
      try {
        Object v = f.get(settings);
        parts.add(f.getName() + "=" + (v instanceof Object[] array ? Arrays.toString(array) : v));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return parts.toString();
  }

  private static Object classOf(Object o) {
    return o == null ? null : o.getClass();
  }

  /** The candidates as the words they offer: an instance's identity is not part of the model. */
  private static String candidates(Iterable<String> candidates) {
    if (candidates == null) {
      return "null";
    }
    java.util.List<String> words = new java.util.ArrayList<>();
    candidates.forEach(words::add);
    return words.toString();
  }
}
