package ai.pyromind.pyro.cli.api;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.ApiResponse;
import ai.pyromind.pyro.api.Envelope;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.cli.cmdutil.BodyInput;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.output.Output;
import ai.pyromind.pyro.output.Sanitizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
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
      "body; the method is POST when fields or --input are given, else GET (a warning says so",
      "when the path has no POST). --paginate is a GET; it holds every page in memory.",
      "",
      "Examples:",
      "  pyro api /sandboxes -X GET -F status=running -F page_size=5",
      "  pyro api /training/jobs --paginate -F page_size=100 --jq 'map(.job_id)'",
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

  @Option(
      names = "--paginate",
      description =
          "GET every page (page=1, 2, ... until total) and print one JSON array of the items.")
  boolean paginate;

  @Option(names = "--slurp", description = "With --paginate: an array of the pages as they came.")
  boolean slurp;

  @Override
  public Integer call() {
    if (slurp && !paginate) {
      throw new UsageException("--slurp needs --paginate");
    }
    String fullPath = path.startsWith("/") ? path : "/" + path;
    requireSendable(fullPath);
    String verb =
        method != null
            ? method.toUpperCase(Locale.ROOT)
            : (paginate || (fields.isEmpty() && input == null) ? "GET" : "POST");
    if (paginate && !verb.equals("GET")) {
      throw new UsageException("--paginate needs GET, not " + verb);
    }
    Validate.oneOf("--method", verb, METHODS.toArray(String[]::new));
    ObjectNode typed = Json.object();
    fields.forEach(f -> Parsers.putKeyValue(typed, f, "-F"));
    boolean inQuery = verb.equals("GET") || verb.equals("DELETE");
    if (inQuery && input != null) {
      throw new UsageException("--input needs a method with a body (POST, PUT, PATCH)");
    }
    Query query = inQuery ? queryOf(typed, null) : Query.of();
    String body = null;
    if (!inQuery && (input != null || !typed.isEmpty())) {
      JsonNode document = input == null ? Json.object() : BodyInput.read(input, ctx.env());
      if (!typed.isEmpty()) {
        if (!document.isObject()) {
          throw new UsageException("-F fields need the --input body to be a JSON object");
        }
        ((ObjectNode) document).setAll(typed);
      }
      body = Json.compact(document);
    }
    if (method == null && verb.equals("POST") && !fields.isEmpty() && GetOnlyPaths.matches(path)) {
      ctx.out()
          .warn(
              "-F makes this a POST, but "
                  + fullPath
                  + " takes no POST; pass -X GET to send the fields as query parameters");
    }
    if (paginate) {
      return paginate(fullPath, typed);
    }
    ApiResponse response = ctx.api().exchange(verb, fullPath, query, body);
    print(response);
    return failed(response, fullPath, "");
  }

  /** A path the user typed goes into the URL as it is: one that cannot is refused, not mangled. */
  private static void requireSendable(String fullPath) {
    try {
      ApiClient.uri(URI.create("http://localhost"), fullPath, null);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "invalid API path '"
              + fullPath
              + "': write spaces, quotes and the like percent-encoded (%20, %22, ...), and a %"
              + " only as the start of such an escape");
    }
  }

  private int paginate(String fullPath, ObjectNode typed) {
    JsonNode page = typed.path("page");
    int first = page.isMissingNode() ? 1 : page.asInt(0);
    if (first < 1) {
      throw new UsageException("-F page must be a whole number of at least 1");
    }
    Paginator.Result result =
        new Paginator(ctx, fullPath, n -> queryOf(typed, n)).fetch(first, slurp);
    if (result.failure() != null) {
      return failed(result.failure().response(), fullPath, ", page " + result.failure().page());
    }
    Output out = ctx.out();
    if (ctx.renderer().format().isStructured()) {
      ctx.renderer().value(result.value());
    } else {
      out.data().println(Json.pretty(result.value(), out.terminal()));
      out.data().flush();
    }
    return ExitCode.OK;
  }

  /** The -F fields as query parameters; {@code page} set to this one when not null. */
  private static Query queryOf(ObjectNode typed, Integer page) {
    Query query = Query.of();
    typed
        .fields()
        .forEachRemaining(
            f -> {
              if (page == null || !f.getKey().equals("page")) {
                JsonNode v = f.getValue();
                query.add(f.getKey(), v.isTextual() ? v.asText() : v.toString());
              }
            });
    return page == null ? query : query.add("page", page);
  }

  private int failed(ApiResponse response, String fullPath, String where) {
    if (response.status() < 300) {
      return ExitCode.OK;
    }
    if (response.status() < 400) {
      ApiException redirect = Envelope.redirect(response);
      ctx.out().error(redirect.getMessage(), response.status(), ExitCode.FAILURE, fullPath);
      return ExitCode.FAILURE;
    }
    int code = ExitCode.forStatus(response.status());
    ctx.out()
        .error(
            message(response) + " (HTTP " + response.status() + where + ")",
            response.status(),
            code,
            fullPath);
    return code;
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
      String message = Envelope.message(Json.parse(response.body()));
      return message.isBlank() ? "request failed" : message;
    } catch (Exception e) {
      return "request failed";
    }
  }
}
