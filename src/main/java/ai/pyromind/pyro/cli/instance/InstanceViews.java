package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ResourceColumns;
import ai.pyromind.pyro.output.Column;
import ai.pyromind.pyro.output.View;
import java.util.List;

/** How instances and the answers of their verbs are shown. */
final class InstanceViews {
  static final View INSTANCE =
      new View(
          ResourceKind.INSTANCE.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.INSTANCE),
              ResourceColumns.NAME,
              ResourceColumns.STATUS,
              Column.text("TYPE", "resource_type"),
              ResourceColumns.CPU,
              ResourceColumns.MEMORY,
              ResourceColumns.GPU,
              ResourceColumns.CREATED,
              Column.relative("EXPIRES", "expire_time"),
              Column.text("IMAGE", "image").wideOnly(),
              Column.text("URL", "access_url").wideOnly()),
          List.of("password"));

  static final View EDITED =
      new View(
          ResourceKind.INSTANCE.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.INSTANCE),
              ResourceColumns.NAME,
              Column.computed("UPDATED", Column.Kind.TEXT, i -> join(i.path("updated_fields"))),
              ResourceColumns.CPU,
              ResourceColumns.MEMORY,
              ResourceColumns.GPU,
              Column.relative("EXPIRES", "expire_time")));

  static final View STATE_CHANGE =
      new View(
          ResourceKind.INSTANCE.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.INSTANCE),
              ResourceColumns.STATUS,
              Column.computed(
                  "AT",
                  Column.Kind.RELATIVE,
                  i ->
                      i.has("pause_time")
                          ? i.path("pause_time").asText()
                          : i.path("resume_time").asText()),
              Column.number("CHECKPOINTS", "checkpoint_count").wideOnly(),
              Column.text("URL", "access_url").wideOnly()));

  static final View TOKEN =
      new View(
          ResourceKind.INSTANCE.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.INSTANCE),
              Column.number("TTL", "token_ttl"),
              Column.relative("EXPIRES", "expire_time"),
              Column.text("URL", "access_url")));

  static final View DELETED =
      new View(
          ResourceKind.INSTANCE.idField(),
          List.of(
              ResourceColumns.id(ResourceKind.INSTANCE),
              Column.relative("DELETED", "delete_time"),
              Column.text("BACKUP", "backup_path")));

  private InstanceViews() {}

  private static String join(com.fasterxml.jackson.databind.JsonNode array) {
    StringBuilder sb = new StringBuilder();
    array.forEach(n -> sb.append(sb.length() == 0 ? "" : ",").append(n.asText()));
    return sb.toString();
  }
}
