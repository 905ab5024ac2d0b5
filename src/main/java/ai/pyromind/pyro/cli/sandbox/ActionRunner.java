package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs one sandbox action (POST /sandboxes/{id}/actions) and shows its result. */
final class ActionRunner {
  static final String[] ACTIONS = {
    "start", "stop", "restart", "reboot", "install_package", "run_script"
  };

  private ActionRunner() {}

  static int run(Context ctx, String id, String action, ObjectNode params, Integer timeout) {
    Validate.oneOf("action", action, ACTIONS);
    Validate.atLeast("--timeout", timeout, 1);
    ObjectNode body = Json.object();
    body.put("action", action);
    if (timeout != null) {
      body.put("timeout", timeout);
    }
    if (params != null && !params.isEmpty()) {
      body.set("params", params);
    }
    JsonNode result = ctx.api().post(ResourceKind.SANDBOX.item(id, "actions"), null, body);
    ctx.out().success(action + " on " + id + ": " + result.path("status").asText("done"));
    ctx.renderer().row(SandboxViews.ACTION, result);
    return ExitCode.OK;
  }
}
