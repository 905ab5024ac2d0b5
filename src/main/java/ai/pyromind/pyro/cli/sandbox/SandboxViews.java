package ai.pyromind.pyro.cli.sandbox;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ResourceColumns;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import java.util.List;

/** How sandboxes and their action results are shown. */
final class SandboxViews {
  static final View SANDBOX =
      new View(
          ResourceKind.SANDBOX.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.SANDBOX),
              ResourceColumns.NAME,
              ResourceColumns.STATUS,
              Column.text("TYPE", "sandbox_type"),
              ResourceColumns.CPU,
              ResourceColumns.MEMORY,
              ResourceColumns.GPU,
              ResourceColumns.CREATED,
              Column.relative("EXPIRES", "expire_time"),
              Column.computed(
                      "RESOLUTION",
                      Column.Kind.TEXT,
                      s ->
                          s.path("screen_resolution").isObject()
                              ? s.at("/screen_resolution/width").asText()
                                  + "x"
                                  + s.at("/screen_resolution/height").asText()
                              : "")
                  .wideOnly(),
              Column.computed(
                      "VNC",
                      Column.Kind.TEXT,
                      s ->
                          s.path("vnc_info").isObject()
                              ? s.at("/vnc_info/host").asText()
                                  + ":"
                                  + s.at("/vnc_info/port").asText()
                              : "")
                  .wideOnly()),
          List.of("vnc_info.password"));

  static final View ACTION =
      new View(
          ResourceKind.SANDBOX.idField(),
          List.of(
              Column.text("SANDBOX", ResourceKind.SANDBOX.idField()),
              Column.text("ACTION", "action"),
              ResourceColumns.STATUS,
              Column.relative("EXECUTED", "execute_time"),
              Column.number("TIMEOUT", "timeout")));

  static final View BATCH_RESULT =
      new View(
          "action",
          List.of(
              Column.text("ACTION", "action"),
              ResourceColumns.STATUS,
              Column.text("MESSAGE", "message")));

  static final View DELETED =
      new View(
          ResourceKind.SANDBOX.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.SANDBOX),
              Column.relative("DELETED", "delete_time"),
              Column.text("FORCE", "force")));

  private SandboxViews() {}
}
