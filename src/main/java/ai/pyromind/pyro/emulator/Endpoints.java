package ai.pyromind.pyro.emulator;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The API's paths and the methods each takes, to tell "no such path" (404) from 405. */
final class Endpoints {
  private record Endpoint(List<String> pattern, Set<String> methods) {}

  private static final List<Endpoint> ALL =
      List.of(
          of("sandboxes", "GET", "POST"),
          of("sandboxes/*", "GET", "DELETE"),
          of("sandboxes/*/actions", "POST"),
          of("sandboxes/*/actions/batch", "POST"),
          of("sandboxes/*/vnc", "GET"),
          of("instances", "GET", "POST"),
          of("instances/*", "GET", "PUT", "DELETE"),
          of("instances/*/pause", "POST"),
          of("instances/*/resume", "POST"),
          of("instances/*/access-token", "GET"),
          of("inference", "GET", "POST"),
          of("inference/*", "GET", "DELETE"),
          of("training/jobs", "GET", "POST"),
          of("training/jobs/*", "GET", "DELETE"),
          of("training/jobs/*/pause", "POST"),
          of("training/jobs/*/resume", "POST"));

  private Endpoints() {}

  private static Endpoint of(String pattern, String... methods) {
    return new Endpoint(List.of(pattern.split("/")), Set.of(methods));
  }

  /** The methods the path under /api/v1/ takes; empty when there is no such path. */
  static Set<String> allowed(List<String> segments) {
    Set<String> methods = new TreeSet<>();
    for (Endpoint e : ALL) {
      if (matches(e.pattern, segments)) {
        methods.addAll(e.methods);
      }
    }
    return methods;
  }

  private static boolean matches(List<String> pattern, List<String> segments) {
    if (pattern.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < pattern.size(); i++) {
      if (!pattern.get(i).equals("*") && !pattern.get(i).equals(segments.get(i))) {
        return false;
      }
    }
    return true;
  }
}
