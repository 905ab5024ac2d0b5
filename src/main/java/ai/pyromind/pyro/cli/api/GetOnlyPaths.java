package ai.pyromind.pyro.cli.api;

import ai.pyromind.pyro.api.ResourceKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The API's paths that take no POST (per docs/openapi.yaml): one resource, its VNC details, an
 * instance's access token. A POST to them is a mistake -F makes when -X GET was meant.
 */
final class GetOnlyPaths {
  private static final String ID = "/[^/?]+";
  private static final List<Pattern> PATHS =
      List.of(
          Pattern.compile(ResourceKind.SANDBOX.collection() + ID + "(/vnc)?"),
          Pattern.compile(ResourceKind.INSTANCE.collection() + ID + "(/access-token)?"),
          Pattern.compile(ResourceKind.INFERENCE_JOB.collection() + ID),
          Pattern.compile(ResourceKind.TRAINING_JOB.collection() + ID));

  private GetOnlyPaths() {}

  static boolean matches(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    p = p.startsWith("/api/v1/") ? p.substring("/api/v1".length()) : p;
    p = p.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    for (Pattern pattern : PATHS) {
      if (pattern.matcher(p).matches()) {
        return true;
      }
    }
    return false;
  }
}
