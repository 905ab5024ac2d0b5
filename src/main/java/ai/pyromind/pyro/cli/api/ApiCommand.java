package ai.pyromind.pyro.cli.api;

import ai.pyromind.pyro.api.ApiResponse;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.BodyInput;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.ExitCode;
import ai.pyromind.pyro.cli.Parsers;
import ai.pyromind.pyro.cli.UsageException;
import ai.pyromind.pyro.cli.Validate;
import ai.pyromind.pyro.output.Output;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro api}: any authenticated call, the response body printed as it came (like gh api). */
@Command(
    name = "api",
    description = "Make an authenticated API call and print the response body.",
    footer = {
      "",
      "PATH without /api/v1 gets it. -F fields go in the query for GET and DELETE, else in a JSON",
      "body; the method is POST when fields or --input are given, else GET.",
      "",
      "Examples:",
      "  pyro api /sandboxes -F status=running -F page_size=5",
      "  pyro api /training/jobs/train_300001/pause -X POST --jq .data.checkpoint_name"
    })
public final class ApiCommand extends ContextCommand {
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "The endpoint, e.g. /sandboxes or /api/v1/sandboxes/sbx_1.")
  String path;

  @Option(
      names = {"-X", "--method"},
      paramLabel = "METHOD",
      description = "GET, POST, PUT, DELETE or PATCH.")
  String method;

  @Option(
      names = {"-F", "--field"},
      paramLabel = "KEY=VALUE",
      description = "A parameter; values are typed (3, true, [1,2], text).")
  List<String> fields = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "The request body, JSON or YAML ('-' for stdin).")
  String input;

  @Override
  public Integer call() {
    String verb =
        method != null
            ? method.toUpperCase(Locale.ROOT)
            : (fields.isEmpty() && input == null ? "GET" : "POST");
    Validate.oneOf("--method", verb, METHODS.toArray(String[]::new));
    ObjectNode typed = Json.object();
    fields.forEach(f -> Parsers.putKeyValue(typed, f, "-F"));
    boolean inQuery = verb.equals("GET") || verb.equals("DELETE");
    if (inQuery && input != null) {
      throw new UsageException("--input needs a method with a body (POST, PUT, PATCH)");
    }
    Query query = Query.of();
    String body = null;
    if (inQuery) {
      typed
          .fields()
          .forEachRemaining(
              f ->
                  query.add(
                      f.getKey(),
                      f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
    } else if (input != null || !typed.isEmpty()) {
      JsonNode document = input == null ? Json.object() : BodyInput.read(input, ctx.env());
      if (!typed.isEmpty()) {
        if (!document.isObject()) {
          throw new UsageException("-F fields need the --input body to be a JSON object");
        }
        ((ObjectNode) document).setAll(typed);
      }
      body = Json.compact(document);
    }
    String fullPath = path.startsWith("/") ? path : "/" + path;
    ApiResponse response = ctx.api().exchange(verb, fullPath, query, body);
    print(response);
    if (response.status() >= 400) {
      int code = ExitCode.forStatus(response.status());
      ctx.out()
          .error(
              message(response) + " (HTTP " + response.status() + ")",
              response.status(),
              code,
              fullPath);
      return code;
    }
    return ExitCode.OK;
  }

  /**
   * A JSON body as it came, byte for byte (control characters neutralised on a terminal), unless
   * {@code -o json}, {@code -o yaml} or {@code --jq} asks for it reshaped; other text neutralised.
   * The output ends with a newline either way.
   */
  private void print(ApiResponse response) {
    String body = response.body();
    if (body.isEmpty()) {
      return;
    }
    JsonNode json;
    try {
      json = Json.parse(body);
    } catch (Exception e) {
      json = null;
    }
    Output out = ctx.out();
    if (json != null && ctx.renderer().format().isStructured()) {
      ctx.renderer().value(json);
      return;
    }
    String text = json != null && !out.terminal() ? body : Sanitizer.block(body);
    out.data().print(text.endsWith("\n") ? text : text + "\n");
    out.data().flush();
  }

  private static String message(ApiResponse response) {
    try {
      String message = Json.parse(response.body()).path("message").asText("");
      return message.isBlank() ? "request failed" : message;
    } catch (Exception e) {
      return "request failed";
    }
  }
}
