package ai.pyromind.pyro.aot;

import ai.pyromind.pyro.Main;
import ai.pyromind.pyro.api.Sleeper;
import ai.pyromind.pyro.api.Warmup;
import ai.pyromind.pyro.cli.Pyro;
import ai.pyromind.pyro.cli.QuickAnswers;
import ai.pyromind.pyro.cli.cmdutil.Context;
import ai.pyromind.pyro.cli.cmdutil.Env;
import ai.pyromind.pyro.cli.cmdutil.Prompter;
import ai.pyromind.pyro.cli.cmdutil.VersionInfo;
import ai.pyromind.pyro.output.StdoutGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The build's training run for the JDK 25 AOT cache: representative commands, in one JVM, against
 * an emulator that runs in another process (its classes must not end up in the client's cache,
 * which loads every class it holds at start-up), given as {@code PYRO_API_URL} and {@code
 * PYRO_TOKEN}.
 */
public final class TrainingRun {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("--version"),
          List.of("--help"),
          List.of("sandbox", "--help"),
          List.of("sandbox", "list", "--help"),
          List.of("train", "submit", "--help"),
          List.of(
              "sandbox",
              "create",
              "box",
              "--type",
              "cpu-sandbox",
              "--cpu",
              "1",
              "--memory",
              "1",
              "-o",
              "id"),
          List.of("sandbox", "list", "-o", "json"),
          List.of("sandbox", "list"),
          List.of("sandbox", "list", "-o", "yaml"),
          List.of("sandbox", "get", "sbx_100000001", "-o", "wide"),
          List.of(
              "sandbox", "create", "x", "--dry-run", "--type", "t", "--cpu", "1", "--memory", "1"),
          List.of(
              "train",
              "submit",
              "job",
              "--framework",
              "pytorch",
              "--model",
              "m",
              "--cpu",
              "1",
              "--memory",
              "1",
              "--train-data",
              "s3://t",
              "--hp",
              "epochs=3",
              "--output-bucket",
              "b",
              "--output-path",
              "/p"),
          List.of("train", "get", "train_300001", "--metrics", "--logs"),
          List.of("train", "logs", "train_300001"),
          List.of("instance", "list"),
          List.of("inference", "list", "-o", "json"),
          List.of("config", "list"),
          List.of("api", "/sandboxes"),
          List.of("sandbox", "get", "missing"),
          List.of("version"));

  private TrainingRun() {}

  public static void main(String[] args) throws IOException {
    Path home = Files.createTempDirectory("pyro-training");
    try {
      // A profile in a config file, as users have it, so reading YAML is part of the training.
      Path config = home.resolve("config.yaml");
      Files.writeString(
          config,
          "current_profile: training\nprofiles:\n  training:\n    api_url: "
              + System.getenv("PYRO_API_URL")
              + "\n    token: "
              + System.getenv("PYRO_TOKEN")
              + "\n");
      // The id cache the commands keep for completion goes into the temporary home too.
      Path cache = home.resolve("cache");
      Map<String, String> vars =
          Map.of("PYRO_CONFIG", config.toString(), "XDG_CACHE_HOME", cache.toString());
      startAsMainDoes();
      for (List<String> command : COMMANDS) {
        Env env =
            new Env(
                vars,
                new ByteArrayInputStream(new byte[0]),
                false,
                false,
                false,
                Instant::now,
                Sleeper.REAL,
                () -> 80,
                NO_PROMPTS);
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Pyro.run(new Context(env), sink, sink, command.toArray(String[]::new));
      }
    } finally {
      Files.deleteIfExists(home.resolve("config.yaml"));
      deleteTree(home.resolve("cache"));
      Files.deleteIfExists(home);
    }
    System.exit(0);
  }

  /**
   * What every real run does before {@link Pyro#run}, so that it enters the cache too: {@code Main}
   * with its quick-answer check, warm-up and stdout guard, and {@link Env#system()} with its
   * lambdas and prompter (left out, they were loaded from the jar and their lambdas spun at every
   * start). Nothing is written or read.
   */
  private static void startAsMainDoes() {
    Warmup.start(VersionInfo.PRELOAD);
    Env system = Env.system();
    system.clock().get();
    PrintWriter sink = new PrintWriter(new StdoutGuard(OutputStream.nullOutputStream()));
    if (QuickAnswers.answer(new String[] {"sandbox", "list"}, System.getenv(), sink, sink)
        != QuickAnswers.NOT_QUICK) {
      throw new IllegalStateException("a list is not a quick answer");
    }
    sink.flush();
    if (Main.class.getName().isEmpty()) {
      throw new IllegalStateException();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var entries = Files.list(dir)) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          deleteTree(entry);
        }
      }
    }
    Files.deleteIfExists(dir);
  }

  private static final Prompter NO_PROMPTS =
      new Prompter() {
        @Override
        public String secret(String prompt) {
          return null;
        }

        @Override
        public boolean confirm(String prompt) {
          return false;
        }

        @Override
        public String pick(String title, java.util.List<ai.pyromind.pyro.cli.cmdutil.Choice> all) {
          throw new ai.pyromind.pyro.cli.cmdutil.InterruptedByUser();
        }
      };
}
