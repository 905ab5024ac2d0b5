package ai.pyromind.pyro.cli;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.PathSegments;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import ai.pyromind.pyro.cli.cmdutil.ResourcePages;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A resource's name wherever its id goes: an {@code ID} argument that does not look like an id of
 * the command's kind is looked up by exact name over the paged list before the command runs.
 */
final class Names {
  private Names() {}

  /** Replaces each name among the leaf command's ID arguments by its resource's id. */
  static void resolve(Context ctx, CommandLine.ParseResult root) {
    CommandLine.ParseResult last = root;
    String group = null;
    while (last.hasSubcommand()) {
      last = last.subcommand();
      group = group == null ? last.commandSpec().name() : group;
      if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
        return;
      }
    }
    ResourceKind kind = Groups.kind(group);
    if (kind == null) {
      return;
    }
    for (PositionalParamSpec p : last.commandSpec().positionalParameters()) {
      if (!p.paramLabel().equals("ID") || !last.hasMatchedPositional(p.index().min())) {
        continue;
      }
      Object value = p.getValue();
      if (value instanceof String one) {
        p.setValue(idOf(ctx, kind, one));
      } else if (value instanceof List<?> many) {
        List<String> ids = new ArrayList<>();
        many.forEach(v -> ids.add(idOf(ctx, kind, String.valueOf(v))));
        p.setValue(ids);
      }
    }
  }

  private static String idOf(Context ctx, ResourceKind kind, String arg) {
    if (kind.looksLikeId(arg)) {
      return arg;
    }
    if (!kind.validName(arg) || cannotBeAName(arg)) {
      // neither an id nor a name this kind may have: refused as an id, before anything is sent
      PathSegments.requireSafe(arg);
    }
    List<String> ids = new ArrayList<>();
    boolean whole =
        ResourcePages.scan(
            ctx,
            kind,
            items -> {
              for (JsonNode item : items) {
                if (arg.equals(item.path(Fields.NAME).asText(null))) {
                  ids.add(item.path(kind.idField()).asText());
                }
              }
              return kind.uniqueNames() && !ids.isEmpty();
            });
    if (ids.isEmpty()) {
      String among = whole ? "" : " among the first " + ResourcePages.MOST + " listed; use the id";
      throw new ApiException(
          404,
          "no " + kind.noun() + " has the id or name '" + arg + "'" + among + otherKind(kind, arg),
          null);
    }
    if (ids.size() > 1) {
      throw new UsageException(
          "several "
              + kind.noun()
              + "s are named '"
              + arg
              + "': "
              + String.join(", ", ids)
              + " (use the id)");
    }
    if (ctx.debug()) {
      ctx.out().trace("name '" + arg + "' is " + kind.noun() + " " + ids.get(0));
    }
    // the id goes into a path: the server's answer is held to the same rule as a typed one
    return PathSegments.requireSafe(ids.get(0));
  }

  /**
   * Whether the text could name nothing: empty, {@code .}, {@code ..}, or holding control
   * characters. Names of kinds without a name rule may hold spaces and {@code /}: they are only
   * compared, never put into a path.
   */
  private static boolean cannotBeAName(String text) {
    return text.isEmpty()
        || text.equals(".")
        || text.equals("..")
        || text.codePoints().anyMatch(Character::isISOControl);
  }

  /** " (it looks like an instance id)" when the argument is another kind's id. */
  private static String otherKind(ResourceKind kind, String arg) {
    for (ResourceKind other : ResourceKind.values()) {
      if (other != kind && other.looksLikeId(arg)) {
        String noun = other.noun();
        return " (it looks like "
            + ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ")
            + noun
            + " id)";
      }
    }
    return "";
  }
}
