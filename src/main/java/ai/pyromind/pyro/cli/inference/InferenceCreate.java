package ai.pyromind.pyro.cli.inference;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Bodies;
import ai.pyromind.pyro.cli.cmdutil.ContextCommand;
import ai.pyromind.pyro.cli.cmdutil.Drives;
import ai.pyromind.pyro.cli.cmdutil.JobOptions;
import ai.pyromind.pyro.cli.cmdutil.Parsers;
import ai.pyromind.pyro.cli.cmdutil.ResourceOptions;
import ai.pyromind.pyro.cli.cmdutil.Validate;
import ai.pyromind.pyro.cli.create.CreateOptions;
import ai.pyromind.pyro.cli.create.Creator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pyro inference create}: POST /inference. */
@Drives("POST /api/v1/inference")
@Command(
    name = "create",
    description = "Submit a batch inference job.",
    footer = {
      "",
      "Examples:",
      "  pyro inference create traffic --model-type rl \\",
      "      --model ppo-traffic-control-v3 --cpu 8 --memory 32 --gpu 2 \\",
      "      --input s3://user-data/traffic-2024.csv --input-format csv \\",
      "      --output-bucket user-data --output-path /inference-outputs/traffic \\",
      "      --param confidence_threshold=0.8",
      "  pyro inference create -f job.yaml --priority 8 --dry-run"
    })
public final class InferenceCreate extends ContextCommand {
  @Option(names = "--model-type", paramLabel = "TYPE", description = "rl, nlp or cv.")
  String modelType;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "The model's name (uploaded to the platform).")
  String model;

  @Option(
      names = "--model-version",
      paramLabel = "V",
      description = "The model's version (default latest).")
  String modelVersion;

  @Mixin ResourceOptions resources;

  @Option(
      names = "--input",
      paramLabel = "SOURCE",
      description = "Input data source, e.g. s3://bucket/file.csv.")
  String input;

  @Option(
      names = "--input-format",
      paramLabel = "FMT",
      description = "Input data format, e.g. csv, parquet, json.")
  String inputFormat;

  @Option(names = "--batch-size", paramLabel = "N", description = "Rows per batch.")
  Integer batchSize;

  @Option(names = "--output-bucket", paramLabel = "B", description = "Bucket for the results.")
  String outputBucket;

  @Option(
      names = "--output-path",
      paramLabel = "P",
      description = "Path in the bucket for the results.")
  String outputPath;

  @Option(
      names = "--output-format",
      paramLabel = "FMT",
      description = "Result format, e.g. parquet.")
  String outputFormat;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A model parameter; values are typed (0.8, true, [1,2], text).")
  List<String> params = new ArrayList<>();

  @Mixin JobOptions job;

  @Mixin CreateOptions create;

  @Override
  public Integer call() {
    ObjectNode body = create.body(ctx);
    job.putName(body);
    Bodies.put(body, "model_type", modelType);
    Bodies.put(body, "model_name", model);
    Bodies.put(body, "model_version", modelVersion);
    resources.mergeInto(body);
    if (input != null || inputFormat != null || batchSize != null) {
      ObjectNode inputConfig = Bodies.child(body, "input_config");
      Bodies.put(inputConfig, "data_source", input);
      Bodies.put(inputConfig, "data_format", inputFormat);
      Bodies.put(inputConfig, "batch_size", batchSize);
    }
    if (outputBucket != null || outputPath != null || outputFormat != null) {
      ObjectNode outputConfig = Bodies.child(body, "output_config");
      Bodies.put(outputConfig, "output_bucket", outputBucket);
      Bodies.put(outputConfig, "output_path", outputPath);
      Bodies.put(outputConfig, "output_format", outputFormat);
    }
    if (!params.isEmpty()) {
      ObjectNode inferenceParams = Bodies.child(body, "inference_params");
      params.forEach(p -> Parsers.putKeyValue(inferenceParams, p, "--param"));
    }
    job.putPriority(body);
    validate(body);
    return creator().create(body);
  }

  private Creator creator() {
    return new Creator(ctx, ResourceKind.INFERENCE_JOB, "created", InferenceViews.JOB, create);
  }

  private static void validate(ObjectNode body) {
    Validate.requireText(body, "/name", "a job NAME");
    Validate.requireOneOf(body, "/model_type", "--model-type", "rl", "nlp", "cv");
    Validate.requireText(body, "/model_name", "--model");
    Validate.resources(body.get(Fields.RESOURCE_CONFIG), false);
    Validate.requireText(body, "/input_config/data_source", "--input");
    Validate.integerField(body.path("input_config"), "batch_size", "--batch-size", 1, false);
    Validate.requireText(body, "/output_config/output_bucket", "--output-bucket");
    Validate.requireText(body, "/output_config/output_path", "--output-path");
    Validate.checkPriority(body);
  }
}
