package ai.pyromind.pyro.cli.train;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Bodies;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.JobOptions;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.ResourceOptions;
import ai.pyromind.pyro.cli.cmdutil.UsageException;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.cli.create.CreateOptions;
import ai.pyromind.pyro.cli.create.Creator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro train submit}: POST /training/jobs. */
@Drives("POST /api/v1/training/jobs")
@Command(
    name = "submit",
    description = "Submit a training job.",
    footer = {
      "",
      "Examples:",
      "  pyro train submit ppo-lunar --framework pytorch --model ppo-lunar-lander-v2 \\",
      "      --cpu 16 --memory 64 --gpu 4 \\",
      "      --train-data s3://user-data/train --val-data s3://user-data/val \\",
      "      --data-format tfrecord \\",
      "      --hp learning_rate=0.0003 --hp batch_size=256 --hp epochs=100 \\",
      "      --output-bucket user-models --output-path /rl-models/ppo-lunar \\",
      "      --save-frequency 10 --max-run-time 48h",
      "  pyro train submit -f job.yaml --priority 9 --dry-run"
    })
public final class TrainSubmit extends ContextCommand {
  @Option(names = "--framework", paramLabel = "FW", description = "pytorch, tensorflow or ray.")
  String framework;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "The model's name (custom or pre-defined).")
  String model;

  @Mixin ResourceOptions resources;

  @Option(
      names = "--train-data",
      paramLabel = "SRC",
      description = "Training data source, e.g. s3://bucket/train.")
  String trainData;

  @Option(names = "--val-data", paramLabel = "SRC", description = "Validation data source.")
  String valData;

  @Option(
      names = "--data-format",
      paramLabel = "FMT",
      description = "Data format, e.g. tfrecord, parquet, csv.")
  String dataFormat;

  @Option(
      names = "--hp",
      paramLabel = "KEY=VALUE",
      description = "A hyperparameter (at least one); values are typed (0.0003, 256, true, [1,2]).")
  List<String> hyperparameters = new ArrayList<>();

  @Option(
      names = "--output-bucket",
      paramLabel = "B",
      description = "Bucket for models and checkpoints.")
  String outputBucket;

  @Option(names = "--output-path", paramLabel = "P", description = "Path in the bucket.")
  String outputPath;

  @Option(
      names = "--save-frequency",
      paramLabel = "N",
      description = "Save a checkpoint every N epochs.")
  Integer saveFrequency;

  @Option(
      names = "--log-tool",
      paramLabel = "TOOL",
      description = "Log tool, e.g. tensorboard (with --log-path).")
  String logTool;

  @Option(
      names = "--log-path",
      paramLabel = "P",
      description = "Where the log tool writes (with --log-tool).")
  String logPath;

  @Mixin JobOptions job;

  @Option(
      names = "--max-run-time",
      paramLabel = "DUR",
      description = "Stop the job after this long, e.g. 48h (server default 72h).")
  String maxRunTime;

  @Mixin CreateOptions create;

  @Override
  public Integer call() {
    ObjectNode body = create.body(ctx);
    job.putName(body);
    Bodies.put(body, "training_framework", framework);
    Bodies.put(body, "model_name", model);
    resources.mergeInto(body);
    if (trainData != null || valData != null || dataFormat != null) {
      ObjectNode data = Bodies.child(body, "data_config");
      Bodies.put(data, "train_data_source", trainData);
      Bodies.put(data, "val_data_source", valData);
      Bodies.put(data, "data_format", dataFormat);
    }
    if (!hyperparameters.isEmpty()) {
      ObjectNode hp = Bodies.child(body, "hyperparameters");
      hyperparameters.forEach(p -> Parsers.putKeyValue(hp, p, "--hp"));
    }
    if (outputBucket != null || outputPath != null || saveFrequency != null) {
      ObjectNode output = Bodies.child(body, "output_config");
      Bodies.put(output, "output_bucket", outputBucket);
      Bodies.put(output, "output_path", outputPath);
      Bodies.put(output, "save_frequency", saveFrequency);
    }
    if (logTool != null || logPath != null) {
      ObjectNode log = Bodies.child(body, "log_config");
      Bodies.put(log, "log_tool", logTool);
      Bodies.put(log, "log_path", logPath);
    }
    job.putPriority(body);
    if (maxRunTime != null) {
      body.put("max_run_time", Parsers.positiveDuration("--max-run-time", maxRunTime).toString());
    }
    validate(body);
    return creator().create(body);
  }

  private Creator creator() {
    return new Creator(ctx, ResourceKind.TRAINING_JOB, "submitted", TrainViews.JOB, create);
  }

  private static void validate(ObjectNode body) {
    Validate.requireText(body, "/name", "a job NAME");
    Validate.requireOneOf(body, "/training_framework", "--framework", TrainList.FRAMEWORKS);
    Validate.requireText(body, "/model_name", "--model");
    Validate.resources(body.get(Fields.RESOURCE_CONFIG), false);
    Validate.requireText(body, "/data_config/train_data_source", "--train-data");
    JsonNode hp = body.path("hyperparameters");
    if (!hp.isObject() || hp.isEmpty()) {
      throw new UsageException("at least one --hp KEY=VALUE is required");
    }
    Validate.requireText(body, "/output_config/output_bucket", "--output-bucket");
    Validate.requireText(body, "/output_config/output_path", "--output-path");
    Validate.integerField(
        body.path("output_config"), "save_frequency", "--save-frequency", 1, false);
    JsonNode log = body.path("log_config");
    if (log.isObject() && (log.has("log_tool") != log.has("log_path"))) {
      throw new UsageException("--log-tool and --log-path go together");
    }
    Validate.checkPriority(body);
  }
}
