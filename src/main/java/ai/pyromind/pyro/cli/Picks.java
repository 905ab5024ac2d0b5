package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.api.PathSegments;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Choice;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import ai.pyromind.pyro.cli.cmdutil.ResourcePages;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The id left out of a command that takes one: on a terminal, a list of the resources that fit the
 * command to pick from; without one, the usual "Missing required parameter" (exit 2). Which
 * commands offer the list, and what fits each, is this table and nothing else.
 */
final class Picks {
  /** What fits a command: resources in one of these states, or any state when empty. */
  private record Fit(List<String> states) {
    boolean fits(JsonNode item) {
      return states.isEmpty() || states.contains(item.path("status").asText());
    }
  }

  private static final Fit ANY = new Fit(List.of());
  private static final Fit RUNNING = new Fit(List.of("running"));
  private static final Fit PAUSED = new Fit(List.of("paused"));
  private static final Fit UNFINISHED = new Fit(List.of("pending", "running", "paused"));

  private static final Map<String, Fit> FITS =
      Map.ofEntries(
          Map.entry("sandbox get", ANY),
          Map.entry("sandbox wait", ANY),
          Map.entry("sandbox start", new Fit(List.of("stopped", "error"))),
          Map.entry("sandbox stop", RUNNING),
          Map.entry("sandbox restart", RUNNING),
          Map.entry("sandbox reboot", RUNNING),
          Map.entry("sandbox batch", RUNNING),
          Map.entry("sandbox vnc", RUNNING),
          Map.entry("instance get", ANY),
          Map.entry("instance edit", ANY),
          Map.entry("instance wait", ANY),
          Map.entry("instance pause", RUNNING),
          Map.entry("instance resume", PAUSED),
          Map.entry("instance token", RUNNING),
          Map.entry("instance open", RUNNING),
          Map.entry("inference get", ANY),
          Map.entry("inference wait", ANY),
          Map.entry("inference logs", ANY),
          Map.entry("train get", ANY),
          Map.entry("train wait", ANY),
          Map.entry("train logs", ANY),
          Map.entry("train pause", RUNNING),
          Map.entry("train resume", PAUSED),
          Map.entry("train watch", UNFINISHED));

  /** With {@code -f}, only what can still write lines. */
  private static final Map<String, Fit> FOLLOWING =
      Map.of("inference logs", UNFINISHED, "train logs", UNFINISHED);

  private static final String PICK_HINT = "; left out on a terminal, pick from a list.";
  private static final int MOST = 1000;

  private Picks() {}

  /** Makes the ID of a command in the table optional, and says so in its help. */
  static void offer(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    if (!FITS.containsKey(key(spec)) || spec.positionalParameters().size() != 1) {
      return;
    }
    PositionalParamSpec id = spec.positionalParameters().get(0);
    String said = String.join(" ", id.description());
    PositionalParamSpec.Builder optional =
        PositionalParamSpec.builder()
            .index("0")
            .arity("0..1")
            .required(false)
            .paramLabel(id.paramLabel())
            .description(said.substring(0, said.length() - 1) + PICK_HINT)
            .type(id.type())
            .auxiliaryTypes(id.auxiliaryTypes())
            .completionCandidates(id.completionCandidates())
            .getter(id.getter())
            .setter(id.setter())
            .scopeType(id.scopeType());
    if (id.userObject() != null) {
      optional.userObject(id.userObject()); // the generated model binds without one
    }
    PositionalParamSpec built = optional.build();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.positionalParameters().contains(id)) {
        mixin.remove(id); // the mixin owns the field: the generated model binds it there
        mixin.addPositional(built);
      }
    }
    spec.remove(id);
    spec.addPositional(built);
  }

  /**
   * Fills in the ID the command line left out from the list, or refuses it without a terminal on
   * stdin the way picocli refuses a missing parameter. Not called when help was asked for.
   */
  static void fill(Context ctx, CommandLine.ParseResult leaf) {
    CommandSpec spec = leaf.commandSpec();
    String key = key(spec);
    if (!FITS.containsKey(key)
        || spec.positionalParameters().size() != 1
        || leaf.hasMatchedPositional(0)) {
      return;
    }
    PositionalParamSpec id = spec.positionalParameters().get(0);
    if (!ctx.env().stdinTerminal() || !ctx.env().prompter().canPick()) {
      throw new CommandLine.MissingParameterException(
          spec.commandLine(), id, "Missing required parameter: '" + id.paramLabel() + "'");
    }
    boolean following = leaf.hasMatchedOption("--follow");
    Fit fit = following ? FOLLOWING.getOrDefault(key, FITS.get(key)) : FITS.get(key);
    ResourceKind kind = Groups.kind(spec.parent().name());
    List<Choice> choices = choices(ctx, kind, fit);
    if (choices.isEmpty()) {
      throw new UsageException(
          "no "
              + kind.noun()
              + " to pick for '"
              + spec.qualifiedName()
              + "'"
              + (fit.states().isEmpty() ? "" : " (it takes one that is " + states(fit) + ")")
              + "; give an ID");
    }
    String title = "Pick a " + kind.noun() + " (type to filter, Enter picks, Esc cancels):";
    id.setValue(PathSegments.requireSafe(ctx.env().prompter().pick(title, choices)));
  }

  private static List<Choice> choices(Context ctx, ResourceKind kind, Fit fit) {
    List<Choice> choices = new ArrayList<>();
    ResourcePages.scan(
        ctx,
        kind,
        items -> {
          for (JsonNode item : items) {
            if (fit.fits(item) && choices.size() < MOST) {
              choices.add(choice(item.path(kind.idField()).asText(), item));
            }
          }
          return choices.size() >= MOST;
        });
    return choices;
  }

  private static Choice choice(String id, JsonNode item) {
    return new Choice(
        id,
        List.of(
            Sanitizer.line(id),
            Sanitizer.line(item.path("name").asText("")),
            Sanitizer.line(item.path("status").asText(""))));
  }

  private static String states(Fit fit) {
    int last = fit.states().size() - 1;
    return last == 0
        ? fit.states().get(0)
        : String.join(", ", fit.states().subList(0, last)) + " or " + fit.states().get(last);
  }

  /** "sandbox get" for {@code pyro sandbox get}. */
  private static String key(CommandSpec spec) {
    return spec.parent() == null ? "" : spec.parent().name() + " " + spec.name();
  }
}
