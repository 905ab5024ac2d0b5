package ai.pyromind.pyro.cli.instance;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.DeleteOptions;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro instance delete}: DELETE /instances/{id}, optionally backing up the workspace. */
@Drives("DELETE /api/v1/instances/{instance_id}")
@Command(
    name = "delete",
    aliases = "rm",
    description =
        "Delete instances (asks first on a terminal), optionally backing up the workspace.",
    footer = {
      "",
      "Examples:",
      "  pyro instance delete jp_100003 --backup-bucket user-123456789-backup",
      "  pyro instance delete jp_100003 --force --yes"
    })
public final class InstanceDelete extends ContextCommand {
  @Parameters(arity = "1..*", paramLabel = "ID", description = "The instances' ids or names.")
  List<String> ids;

  @Option(
      names = "--backup-bucket",
      paramLabel = "BUCKET",
      description = "Back up the workspace to this bucket first.")
  String backupBucket;

  @Option(names = "--force", description = "Delete even a running instance.")
  boolean force;

  @Mixin DeleteOptions delete;

  @Override
  public Integer call() {
    Query query =
        Query.of()
            .flag("backup_workspace", backupBucket != null)
            .add("backup_bucket", backupBucket)
            .flag(Fields.FORCE, force);
    return delete.delete(ctx, ResourceKind.INSTANCE, InstanceViews.DELETED, ids, query);
  }
}
