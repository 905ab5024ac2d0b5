package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.BodyInput;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Words;
import ai.pyromind.pyro.output.Renderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro sandbox batch}: POST /sandboxes/{id}/actions/batch, with a result per action. */
@Drives("POST /api/v1/sandboxes/{sandbox_id}/actions/batch")
@Command(
    name = "batch",
    description =
        "Run several actions on a sandbox, in order or in parallel; exits 1 if any failed.",
    footer = {
      "",
      "The file holds a list of actions, or {\"actions\": [...], \"parallel\": true}:",
      "  - action: install_package",
      "    params: {name: python3-pip}",
      "  - action: run_script",
      "    params: {path: /home/user/init.sh}",
      "",
      "Examples:",
      "  pyro sandbox batch sbx_987654321 -f setup.yaml",
      "  echo '[{\"action\":\"restart\"}]' \\",
      "      | pyro sandbox batch sbx_987654321 -f - --parallel"
    })
public final class SandboxBatch extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The sandbox's id or name.")
  String id;

  @Option(
      names = {"-f", "--file"},
      required = true,
      paramLabel = "FILE",
      description = "The actions as JSON or YAML ('-' for stdin).")
  String file;

  @Option(names = "--parallel", description = "Run the actions in parallel.")
  boolean parallel;

  @Override
  public Integer call() {
    ObjectNode body = body(BodyInput.read(file, ctx.env()));
    JsonNode result;
    try {
      result = ctx.api().post(ResourceKind.SANDBOX.item(id, "actions", "batch"), null, body);
    } catch (ApiException e) {
      if (e.status() < 500 || e.data() == null || !e.data().path("results").isArray()) {
        throw e;
      }
      show(e.data());
      ctx.out()
          .error(
              e.getMessage()
                  + " ("
                  + failed(e.data())
                  + " of "
                  + e.data().path("results").size()
                  + " failed)",
              e.status(),
              ExitCode.FAILURE,
              id);
      return ExitCode.FAILURE;
    }
    show(result);
    int failed = failed(result);
    if (failed > 0) {
      ctx.out()
          .error(
              failed + " of " + Words.count(result.path("results").size(), "action") + " failed",
              ExitCode.FAILURE,
              id);
      return ExitCode.FAILURE;
    }
    ctx.out().success(Words.count(result.path("results").size(), "action") + " succeeded on " + id);
    return ExitCode.OK;
  }

  private ObjectNode body(JsonNode document) {
    ObjectNode body = Json.object();
    JsonNode actions = document.isArray() ? document : document.path("actions");
    if (!actions.isArray() || actions.isEmpty()) {
      throw new UsageException("the batch file must hold a non-empty list of actions");
    }
    for (int i = 0; i < actions.size(); i++) {
      JsonNode action = actions.get(i);
      if (!action.isObject() || !action.path("action").isTextual()) {
        throw new UsageException("action " + (i + 1) + " of the batch has no 'action' field");
      }
    }
    body.set("actions", actions);
    body.put("parallel", parallel || document.path("parallel").asBoolean(false));
    return body;
  }

  private void show(JsonNode result) {
    Renderer renderer = ctx.renderer();
    if (renderer.isMachineReadable()
        && renderer.format() != ai.pyromind.pyro.output.OutputFormat.ID) {
      renderer.value(result);
      return;
    }
    List<JsonNode> rows = new ArrayList<>();
    result.path("results").forEach(rows::add);
    Renderer.ListWriter writer = renderer.list(SandboxViews.BATCH_RESULT);
    writer.page(rows);
    writer.finish();
  }

  private static int failed(JsonNode result) {
    if (result.has("failed_count")) {
      return result.path("failed_count").asInt();
    }
    int failed = 0;
    for (JsonNode r : result.path("results")) {
      failed += "failed".equals(r.path("status").asText()) ? 1 : 0;
    }
    return failed;
  }
}
