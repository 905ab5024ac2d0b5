package ai.pyromind.pyro.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/** {@code --jq}: a jq expression over the result, compiled once, loaded only when used. */
public final class JqFilter {
  private final JsonQuery query;
  private final Scope scope;

  private JqFilter(JsonQuery query, Scope scope) {
    this.query = query;
    this.scope = scope;
  }

  public static JqFilter compile(String expression) {
    try {
      JsonQuery query = JsonQuery.compile(expression, Versions.JQ_1_6);
      Scope root = Scope.newEmptyScope();
      BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, root);
      return new JqFilter(query, root);
    } catch (JsonQueryException e) {
      throw new JqException("invalid --jq expression: " + firstLine(e.getMessage()));
    }
  }

  public List<JsonNode> apply(JsonNode input) {
    List<JsonNode> results = new ArrayList<>();
    try {
      query.apply(Scope.newChildScope(scope), input, results::add);
    } catch (JsonQueryException e) {
      throw new JqException("--jq failed: " + firstLine(e.getMessage()));
    }
    return results;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid expression";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
