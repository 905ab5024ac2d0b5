package ai.pyromind.pyro.cli.model;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** Writes the static method that builds one command's or mixin's spec. */
final class SpecWriter {
  private static final CommandSpec FRESH = CommandSpec.create();

  private final ModelGenerator generator;
  private final CommandSpec spec;
  private final Class<?> type;
  private final PackageSource home;
  private final StringBuilder body = new StringBuilder();
  private int locals;

  SpecWriter(ModelGenerator generator, CommandSpec spec, Class<?> type, PackageSource home) {
    this.generator = generator;
    this.spec = spec;
    this.type = type;
    this.home = home;
  }

  String write(String method) {
    unsupported();
    String param = type == null ? "Object" : type.getCanonicalName();
    line("CommandSpec spec = CommandSpec.wrapWithoutInspection(c, factory);");
    commandAttributes();
    settings(
        "usageMessage()",
        spec.usageMessage(),
        FRESH.usageMessage(),
        "helpFactory",
        "helpSectionRendererMap",
        "cachedTerminalWidth",
        "interpolator",
        "messages");
    settings("parser()", spec.parser(), FRESH.parser());
    if (type != null) {
      for (Field f : annotated(type, Spec.class)) {
        line(local(f) + ".set(spec);");
      }
    }
    args();
    line("return spec;");
    return "  public static CommandSpec "
        + method
        + "("
        + param
        + " c, CommandLine.IFactory factory)\n      throws Exception {\n"
        + body
        + "  }\n";
  }

  private void unsupported() {
    if (!spec.argGroups().isEmpty()
        || !spec.unmatchedArgsBindings().isEmpty()
        || spec.defaultValueProvider() != null
        || spec.modelTransformer() != FRESH.modelTransformer()
        || spec.preprocessor().getClass() != FRESH.preprocessor().getClass()) {
      throw new IllegalStateException(
          spec.qualifiedName() + ": uses a picocli feature the model generator does not copy yet");
    }
  }

  private void commandAttributes() {
    Object name = ModelGenerator.raw(spec, "name");
    if (name != null && type != null) {
      line("spec.name(" + Java.literal(name) + ");");
    }
    if (spec.aliases().length > 0) {
      line("spec.aliases(" + Java.strings(spec.aliases()) + ");");
    }
    // beside a version provider, picocli copies the provider's answer (this build's) into "version"
    String[] version = ModelGenerator.rawArray(spec, "version");
    if (version.length > 0 && spec.versionProvider() == null) {
      line("spec.version(" + Java.strings(version) + ");");
    }
    if (spec.versionProvider() != null) {
      line(
          "spec.versionProvider(factory.create("
              + spec.versionProvider().getClass().getCanonicalName()
              + ".class));");
    }
    copy("exitCodeOnSuccess", spec.exitCodeOnSuccess(), FRESH.exitCodeOnSuccess());
    copy("exitCodeOnUsageHelp", spec.exitCodeOnUsageHelp(), FRESH.exitCodeOnUsageHelp());
    copy("exitCodeOnVersionHelp", spec.exitCodeOnVersionHelp(), FRESH.exitCodeOnVersionHelp());
    copy("exitCodeOnInvalidInput", spec.exitCodeOnInvalidInput(), FRESH.exitCodeOnInvalidInput());
    copy(
        "exitCodeOnExecutionException",
        spec.exitCodeOnExecutionException(),
        FRESH.exitCodeOnExecutionException());
    copy("helpCommand", spec.helpCommand(), FRESH.helpCommand());
    copy("subcommandsRepeatable", spec.subcommandsRepeatable(), FRESH.subcommandsRepeatable());
    copy("interpolateVariables", spec.interpolateVariables(), FRESH.interpolateVariables());
  }

  private void copy(String setter, Object value, Object fresh) {
    if (!Objects.equals(value, fresh)) {
      line("spec." + setter + "(" + Java.literal(value) + ");");
    }
  }

  /** Copies each field of a settings object that differs from a fresh one's, by its setter. */
  private void settings(String getter, Object settings, Object fresh, String... skip) {
    for (Field f : ModelGenerator.settings(settings.getClass())) {
      if (List.of(skip).contains(f.getName())) {
        continue;
      }
      try {
        Object value = f.get(settings);
        if (!Objects.deepEquals(value, f.get(fresh))) {
          line("spec." + getter + "." + f.getName() + "(" + Java.literal(value) + ");");
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ---- options, positional parameters and mixins, in picocli's order ----------------------

  private void args() {
    Map<ArgSpec, String> mixinOf = new IdentityHashMap<>();
    spec.mixins().forEach((key, mixin) -> mixin.args().forEach(arg -> mixinOf.put(arg, key)));
    List<String> mixinsAdded = new ArrayList<>();
    for (ArgSpec arg : spec.args()) {
      if (arg.inherited()) {
        continue; // added by picocli when the command joins its parent
      }
      String mixin = mixinOf.get(arg);
      if (mixin == null) {
        arg(arg);
      } else if (!mixinsAdded.contains(mixin)) {
        mixinsAdded.add(mixin);
        mixin(mixin, spec.mixins().get(mixin));
      }
    }
  }

  private void mixin(String key, CommandSpec mixin) {
    String builder = generator.mixinBuilder(mixin);
    Object user = mixin.userObject();
    if (user == null || !ModelGenerator.isOurs(user.getClass())) {
      line("spec.addMixin(" + Java.literal(key) + ", " + builder + "(null, factory));");
      return;
    }
    Field field = mixinField(user);
    String b = local(field);
    String mixinType = user.getClass().getCanonicalName();
    line("if (" + b + ".value() == null) {");
    line("  " + b + ".set(factory.create(" + mixinType + ".class));");
    line("}");
    line(
        "spec.addMixin("
            + Java.literal(key)
            + ", "
            + builder
            + "(("
            + mixinType
            + ") "
            + b
            + ".value(), factory));");
  }

  private Field mixinField(Object mixinObject) {
    for (Field f : annotated(type, Mixin.class)) {
      try {
        f.setAccessible(true);
        if (f.get(spec.userObject()) == mixinObject) {
          return f;
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no @Mixin field holds " + mixinObject);
  }

  private void arg(ArgSpec arg) {
    StringBuilder b = new StringBuilder();
    String bound = null;
    if (arg.userObject() instanceof Field field
        && ModelGenerator.isOurs(field.getDeclaringClass())) {
      bound = local(field);
    }
    if (arg instanceof OptionSpec option) {
      b.append("OptionSpec.builder(")
          .append(Java.strings(ModelGenerator.rawArray(option, "names")))
          .append(")");
    } else {
      b.append("PositionalParamSpec.builder()");
      b.append("\n            .index(")
          .append(ModelGenerator.range(((CommandLine.Model.PositionalParamSpec) arg).index()))
          .append(")");
    }
    ArgSpec fresh =
        arg instanceof OptionSpec
            ? OptionSpec.builder("-x").build()
            : CommandLine.Model.PositionalParamSpec.builder().build();
    b.append("\n            .type(").append(arg.type().getCanonicalName()).append(".class)");
    Class<?>[] aux = arg.auxiliaryTypes();
    if (!(aux.length == 1 && aux[0] == arg.type())) {
      List<String> names = new ArrayList<>();
      for (Class<?> a : aux) {
        names.add(a.getCanonicalName() + ".class");
      }
      b.append("\n            .auxiliaryTypes(").append(String.join(", ", names)).append(")");
    }
    b.append("\n            .arity(").append(ModelGenerator.range(arg.arity())).append(")");
    attr(b, "paramLabel", ModelGenerator.raw(arg, "paramLabel"), "PARAM");
    attr(b, "hideParamSyntax", arg.hideParamSyntax(), fresh.hideParamSyntax());
    String[] description = ModelGenerator.rawArray(arg, "description");
    if (description.length > 0) {
      b.append("\n            .description(").append(Java.strings(description)).append(")");
    }
    attr(b, "descriptionKey", arg.descriptionKey(), fresh.descriptionKey());
    attr(b, "required", arg.required(), fresh.required());
    attr(b, "hidden", arg.hidden(), fresh.hidden());
    attr(b, "interactive", arg.interactive(), fresh.interactive());
    attr(b, "echo", arg.echo(), fresh.echo());
    attr(b, "prompt", arg.prompt(), fresh.prompt());
    attr(b, "defaultValue", ModelGenerator.raw(arg, "defaultValue"), null);
    attr(b, "showDefaultValue", arg.showDefaultValue(), fresh.showDefaultValue());
    attr(b, "splitRegex", ModelGenerator.raw(arg, "splitRegex"), "");
    attr(b, "splitRegexSynopsisLabel", ModelGenerator.raw(arg, "splitRegexSynopsisLabel"), "");
    attr(b, "scopeType", arg.scopeType(), fresh.scopeType());
    attr(
        b,
        "mapFallbackValue",
        ModelGenerator.raw(arg, "mapFallbackValue"),
        ModelGenerator.raw(fresh, "mapFallbackValue"));
    if (arg instanceof OptionSpec option) {
      OptionSpec plain = (OptionSpec) fresh;
      attr(b, "order", option.order(), plain.order());
      attr(b, "negatable", option.negatable(), plain.negatable());
      attr(
          b,
          "fallbackValue",
          ModelGenerator.raw(option, "fallbackValue"),
          ModelGenerator.raw(plain, "fallbackValue"));
      attr(b, "usageHelp", option.usageHelp(), plain.usageHelp());
      attr(b, "versionHelp", option.versionHelp(), plain.versionHelp());
      attr(b, "help", option.help(), plain.help());
    }
    Iterable<String> candidates = arg.completionCandidates();
    boolean ownCandidates =
        candidates != null
            && !arg.typeInfo().isEnum()
            && ModelGenerator.isOurs(candidates.getClass());
    if (ownCandidates) {
      b.append("\n            .completionCandidates(new ")
          .append(candidates.getClass().getCanonicalName())
          .append("())");
    }
    if (arg.converters().length > 0
        || arg.parameterConsumer() != null
        || (candidates != null && !arg.typeInfo().isEnum() && !ownCandidates)) {
      throw new IllegalStateException(
          arg + ": converters, consumers and candidates not copied yet");
    }
    if (bound != null) {
      b.append("\n            .getter(")
          .append(bound)
          .append(").setter(")
          .append(bound)
          .append(")");
      b.append("\n            .initialValue(").append(bound).append(".value())");
    } else if (arg.hasInitialValue()) {
      b.append("\n            .initialValue(").append(Java.literal(arg.initialValue())).append(")");
    }
    String add = arg instanceof OptionSpec ? "addOption" : "addPositional";
    line("spec." + add + "(\n        " + b + "\n            .build());");
  }

  private static void attr(StringBuilder b, String setter, Object value, Object fresh) {
    if (!Objects.deepEquals(value, fresh)) {
      b.append("\n            .")
          .append(setter)
          .append("(")
          .append(Java.literal(value))
          .append(")");
    }
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** Declares a local holding the binding of this field; returns its name. */
  private String local(Field field) {
    String name = "b" + locals++;
    PackageSource owner = generator.packageOf(field.getDeclaringClass());
    int index = owner.bind(field);
    String prefix = owner == home ? "" : owner.name + "." + ModelGenerator.SPECS + ".";
    line("var " + name + " = " + prefix + "binding(c, " + index + ");");
    return name;
  }

  private static List<Field> annotated(
      Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(a)) {
          fields.add(f);
        }
      }
    }
    return fields;
  }

  private void line(String text) {
    body.append("    ").append(text).append('\n');
  }
}
