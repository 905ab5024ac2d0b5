package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.cli.completion.CompletionModel.Arg;
import ai.pyromind.pyro.cli.completion.CompletionModel.Child;
import ai.pyromind.pyro.cli.completion.CompletionModel.Node;
import ai.pyromind.pyro.cli.completion.CompletionModel.Opt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command tree as fish functions ({@code switch} over the command's path): {@code __pyro_next},
 * {@code __pyro_subs} and {@code __pyro_opts} (with descriptions), {@code __pyro_value} and {@code
 * __pyro_arg}; the last two print {@code :files} or {@code :ids KIND} where the driver must look
 * further.
 */
final class FishData {
  private final StringBuilder out = new StringBuilder();

  static String render(CompletionModel model) {
    return new FishData().write(model);
  }

  private String write(CompletionModel model) {
    Node root = model.nodes().get(0);
    function("__pyro_next", "$argv[1]");
    for (Node node : model.nodes()) {
      for (Child child : node.children()) {
        List<String> keys = new ArrayList<>();
        child.names().forEach(name -> keys.add(quote(node.path() + " " + name)));
        arm(String.join(" ", keys), "echo " + quote(child.path()));
      }
    }
    arm("'*'", "return 1");
    end();
    function("__pyro_subs", "\"$argv[1]\"");
    for (Node node : model.nodes()) {
      if (!node.children().isEmpty()) {
        List<String> pairs = new ArrayList<>();
        node.children().forEach(c -> pairs.add(c.names().get(0) + " " + quote(c.description())));
        arm(quote(node.path()), "printf '%s\\t%s\\n' " + String.join(" ", pairs));
      }
    }
    arm("'*'", "return 1");
    end();
    function("__pyro_opts", "\"$argv[1]\"");
    for (Node node : model.nodes()) {
      List<String> pairs = new ArrayList<>();
      for (Opt option : node.options()) {
        option.names().forEach(name -> pairs.add(name + " " + quote(option.description())));
      }
      if (!pairs.isEmpty()) {
        arm(quote(node.path()), "printf '%s\\t%s\\n' " + String.join(" ", pairs));
      }
    }
    end();
    function("__pyro_value", "$argv[1]");
    for (Node node : model.nodes()) {
      if (!node.path().isEmpty()) {
        values(node.path() + "|", node.options());
      }
    }
    values("*|", root.options());
    arm("'*'", "return 1");
    end();
    function("__pyro_arg", "$argv[1]");
    for (Node node : model.nodes()) {
      for (Arg arg : node.args()) {
        String action = action(arg.idKind(), arg.values(), arg.files());
        if (!action.isEmpty()) {
          arm(String.join(" ", ShellData.positions(node.path(), arg, true)), action);
        }
      }
    }
    end();
    return out.toString();
  }

  private void values(String prefix, List<Opt> options) {
    Map<String, List<String>> byAction = new LinkedHashMap<>();
    for (Opt option : options) {
      if (option.takesValue()) {
        List<String> keys =
            byAction.computeIfAbsent(
                action(option.idKind(), option.values(), option.files()), a -> new ArrayList<>());
        option.names().forEach(name -> keys.add(quote(prefix + name)));
      }
    }
    byAction.forEach((action, keys) -> arm(String.join(" ", keys), action));
  }

  private static String action(String idKind, List<String> values, boolean files) {
    if (CompletionModel.PROFILES.equals(idKind)) {
      return "echo :profiles";
    }
    if (idKind != null) {
      return "echo ':ids " + idKind + "'";
    }
    if (!values.isEmpty()) {
      return "printf '%s\\n' " + String.join(" ", values);
    }
    return files ? "echo :files" : "";
  }

  private void function(String name, String subject) {
    out.append("function ").append(name).append('\n');
    out.append("    switch ").append(subject).append('\n');
  }

  private void arm(String patterns, String body) {
    out.append("        case ").append(patterns).append('\n');
    if (!body.isEmpty()) {
      out.append("            ").append(body).append('\n');
    }
  }

  private void end() {
    out.append("    end\nend\n\n");
  }

  /** A fish single-quoted string: only backslash and quote are special in it. */
  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
