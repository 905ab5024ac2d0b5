package ai.pyromind.pyro.arch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The cycles of a package graph: its strongly connected components of more than one package. */
final class PackageCycles {
  private final PackageGraph graph;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final List<String> cycles = new ArrayList<>();

  private PackageCycles(PackageGraph graph) {
    this.graph = graph;
  }

  /** One line per cycle: its packages, then one class-level example of each edge inside it. */
  static List<String> find(PackageGraph graph) {
    PackageCycles tarjan = new PackageCycles(graph);
    for (String pkg : graph.packages()) {
      if (!tarjan.index.containsKey(pkg)) {
        tarjan.visit(pkg);
      }
    }
    return tarjan.cycles;
  }

  private void visit(String pkg) {
    index.put(pkg, index.size());
    low.put(pkg, index.get(pkg));
    stack.push(pkg);
    for (String next : graph.uses(pkg)) {
      if (!index.containsKey(next)) {
        visit(next);
        low.put(pkg, Math.min(low.get(pkg), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(pkg, Math.min(low.get(pkg), index.get(next)));
      }
    }
    if (low.get(pkg).equals(index.get(pkg))) {
      TreeSet<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        component.add(member);
      } while (!member.equals(pkg));
      if (component.size() > 1) {
        cycles.add(describe(component));
      }
    }
  }

  /** The component's packages, then the shortest cycle through its first one, edge by edge. */
  private String describe(TreeSet<String> component) {
    String first = component.first();
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(first));
    while (!queue.isEmpty() && !cameFrom.containsKey(first)) {
      String at = queue.poll();
      for (String next : graph.uses(at)) {
        if (component.contains(next) && !cameFrom.containsKey(next)) {
          cameFrom.put(next, at);
          queue.add(next);
        }
      }
    }
    Deque<String> edges = new ArrayDeque<>();
    String to = first;
    do {
      String from = cameFrom.get(to);
      edges.push(graph.example(from, to));
      to = from;
    } while (!to.equals(first));
    return "cycle among " + component + ", e.g.:\n  " + String.join("\n  ", edges);
  }
}
