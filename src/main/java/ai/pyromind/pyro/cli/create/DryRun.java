package ai.pyromind.pyro.cli.create;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** {@code --dry-run}: the request as a curl command, the token as {@code $PYRO_TOKEN}. */
public final class DryRun {
  private DryRun() {}

  public static String curl(String method, URI uri, JsonNode body) {
    StringBuilder sb = new StringBuilder();
    sb.append("curl -X ")
        .append(method)
        .append(' ')
        .append(quote(Secrets.redactText(uri.toString())));
    sb.append(" \\\n  -H \"Authorization: Bearer $PYRO_TOKEN\"");
    if (body != null) {
      sb.append(" -H 'Content-Type: application/json' \\\n  -d ");
      sb.append(quote(Json.compact(Secrets.redact(body))));
    }
    return sb.toString();
  }

  /** Single-quotes for POSIX shells: {@code it's} becomes {@code 'it'\''s'}. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
