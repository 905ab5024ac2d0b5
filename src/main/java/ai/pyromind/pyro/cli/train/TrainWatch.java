package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.follow.FollowOptions;
import ai.pyromind.pyro.cli.train.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pyro train watch}: a live view of a training job until it ends. */
@Command(
    name = "watch",
    description =
        "Watch a training job live: progress, ETA, metrics with sparklines, resources, log (q quits).",
    footer = {
      "",
      "Without a terminal it prints one line per change and the new log lines. Exit code as for",
      "`logs -f`: 0 on success, 7 on failure, 8 after --timeout, 130 on Ctrl-C, 141 when the",
      "reader of stdout leaves. On a terminal, a summary stays on the screen when it ends:",
      "status, epoch, last metrics and the last log lines.",
      "",
      "Examples:",
      "  pyro train watch train_300001",
      "  pyro train watch train_300001 --interval 5s | tee watch.log"
    })
public final class TrainWatch extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Mixin FollowOptions options;

  @Override
  public Integer call() {
    return new Watcher(ctx, id, ResourceKind.TRAINING_JOB.item(id))
        .run(options.interval(), options.timeout());
  }
}
