package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.ApiClient;
import ai.pyromind.pyro.cli.ContextCommand;
import ai.pyromind.pyro.cli.Parsers;
import ai.pyromind.pyro.cli.train.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pyro train watch}: a live view of a training job until it ends. */
@Command(
    name = "watch",
    description =
        "Watch a training job live: progress, ETA, metrics with sparklines, resources, log (q quits).",
    footer = {
      "",
      "Without a terminal it prints one line per change and the new log lines. Exit code as for",
      "`logs -f`: 0 on success, 7 on failure, 130 on Ctrl-C.",
      "",
      "Examples:",
      "  pyro train watch train_300001",
      "  pyro train watch train_300001 --interval 5s | tee watch.log"
    })
public final class TrainWatch extends ContextCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The job's id or name.")
  String id;

  @Option(
      names = "--interval",
      paramLabel = "DUR",
      defaultValue = "2s",
      description = "How often to poll (default ${DEFAULT-VALUE}).")
  String interval;

  @Override
  public Integer call() {
    return new Watcher(ctx, id, ApiClient.path("training", "jobs", id))
        .run(Parsers.positiveDuration(interval));
  }
}
