package ai.pyromind.pyro.cli.config;

import ai.pyromind.pyro.api.Json;
import ai.pyromind.pyro.api.Secrets;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.ExitCode;
import ai.pyromind.pyro.config.Config;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.Renderer;
import ai.pyromind.pyro.output.View;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pyro config list}: every profile's settings, tokens masked. */
@Command(
    name = "list",
    aliases = "ls",
    description = "List the settings of every profile (tokens masked); * marks the current one.",
    footer = {"", "Examples:", "  pyro config list", "  pyro config list -o yaml"})
public final class ConfigList extends ContextCommand {
  private static final View VIEW =
      new View(
          "profile",
          List.of(
              Column.text("CURRENT", "current"),
              Column.text("PROFILE", "profile"),
              Column.text("KEY", "key"),
              Column.text("VALUE", "value")));

  @Override
  public Integer call() {
    Config config = ctx.config();
    String current = config.currentProfile();
    Renderer renderer = ctx.renderer();
    if (renderer.isMachineReadable()
        && renderer.format() != ai.pyromind.pyro.output.OutputFormat.ID) {
      ObjectNode all = Json.object();
      all.put("config_file", ctx.configStore().path().toString());
      all.put("current_profile", current);
      ObjectNode profiles = all.putObject("profiles");
      for (String profile : config.profileNames()) {
        ObjectNode p = profiles.putObject(profile);
        config.settings(profile).forEach(kv -> p.put(kv[0], shown(kv)));
      }
      renderer.value(all);
      return ExitCode.OK;
    }
    List<JsonNode> rows = new ArrayList<>();
    for (String profile : config.profileNames()) {
      for (String[] kv : config.settings(profile)) {
        ObjectNode row = Json.object();
        row.put("current", profile.equals(current) ? "*" : "");
        row.put("profile", profile);
        row.put("key", kv[0]);
        row.put("value", shown(kv));
        rows.add(row);
      }
    }
    Renderer.ListWriter writer = renderer.list(VIEW);
    writer.page(rows);
    writer.finish();
    if (rows.isEmpty()) {
      ctx.out()
          .notice("no settings yet in " + ctx.configStore().path() + "; run `pyro auth login`");
    }
    return ExitCode.OK;
  }

  private static String shown(String[] kv) {
    return "token".equals(kv[0]) ? Secrets.maskToken(kv[1]) : kv[1];
  }
}
