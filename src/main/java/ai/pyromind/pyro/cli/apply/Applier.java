package ai.pyromind.pyro.cli.apply;

import ai.pyromind.pyro.api.ApiException;
import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.NetworkException;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a plan: creates, updates (a PUT with only the changed fields), replaces (DELETE, then
 * POST). A failed request is reported and the rest go on.
 */
final class Applier {
  /** What became of one step: the server's object, or null when its request failed. */
  record Outcome(Step step, String id, JsonNode object, boolean created) {}

  private final Context ctx;
  private final List<Outcome> outcomes = new ArrayList<>();
  private int failures;

  Applier(Context ctx) {
    this.ctx = ctx;
  }

  List<Outcome> outcomes() {
    return outcomes;
  }

  int failures() {
    return failures;
  }

  void apply(List<Step> steps) {
    for (Step step : steps) {
      try {
        outcomes.add(carryOut(step));
      } catch (ApiException e) {
        failures++;
        ctx.out()
            .error(
                step.resource().label() + ": " + e.getMessage(),
                e.status(),
                ExitCode.FAILURE,
                step.resource().name());
      } catch (NetworkException e) {
        failures++;
        ctx.out()
            .error(
                step.resource().label() + ": " + e.getMessage(),
                ExitCode.FAILURE,
                step.resource().name());
      }
    }
  }

  private Outcome carryOut(Step step) {
    Resource resource = step.resource();
    Kind kind = resource.kind();
    switch (step.action()) {
      case UNCHANGED -> {
        ctx.out().notice(step.line());
        return new Outcome(step, step.id(), step.current(), false);
      }
      case UPDATE -> {
        JsonNode updated = ctx.api().put(kind.resource.item(step.id()), changed(step));
        ctx.out().success("updated " + step.id() + ": " + step.changeList());
        return new Outcome(step, step.id(), updated, false);
      }
      case REPLACE -> {
        ctx.api().delete(kind.resource.item(step.id()), kind.deleteQuery(true));
        ctx.out().success("deleted " + step.id() + " to replace it: " + step.changeList());
        return create(step);
      }
      case CREATE -> {
        return create(step);
      }
      default -> throw new IllegalStateException("not applicable: " + step.action());
    }
  }

  private Outcome create(Step step) {
    Resource resource = step.resource();
    ObjectNode body = resource.body().deepCopy();
    JsonNode expires = body.path("expire_time");
    if (expires.isTextual() && expires.asText().trim().startsWith("+")) {
      body.put("expire_time", Parsers.futureTime(expires.asText(), ctx.now()));
    }
    JsonNode created = ctx.api().post(resource.kind().path, null, body);
    String id = created.path(resource.kind().idField).asText();
    ctx.out()
        .success(
            "created "
                + resource.label()
                + " "
                + id
                + " ("
                + created.path("status").asText()
                + ")");
    if (!body.has("password")
        && created.path("password").isTextual()
        && !ctx.renderer().isMachineReadable()) {
      ctx.out()
          .warn(
              id
                  + ": generated password (shown once, store it now): "
                  + created.path("password").asText());
    }
    return new Outcome(step, id, created, true);
  }

  /** The PUT body: each changed field at its place, nothing else. */
  private static ObjectNode changed(Step step) {
    ObjectNode body = Json.object();
    for (Step.Change change : step.changes()) {
      String[] parts = change.pointer().substring(1).split("/");
      ObjectNode at = body;
      for (int i = 0; i < parts.length - 1; i++) {
        String key = Differ.unescape(parts[i]);
        at = at.has(key) ? (ObjectNode) at.get(key) : at.putObject(key);
      }
      at.set(Differ.unescape(parts[parts.length - 1]), change.to());
    }
    return body;
  }
}
