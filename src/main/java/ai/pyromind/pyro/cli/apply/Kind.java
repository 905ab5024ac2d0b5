package ai.pyromind.pyro.cli.apply;

import static ai.pyromind.pyro.cli.apply.Field.Type.DURATION;
import static ai.pyromind.pyro.cli.apply.Field.Type.INTEGER;
import static ai.pyromind.pyro.cli.apply.Field.Type.MAP;
import static ai.pyromind.pyro.cli.apply.Field.Type.RESOLUTION;
import static ai.pyromind.pyro.cli.apply.Field.Type.TIME;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Query;
import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Groups;
import ai.pyromind.pyro.cli.follow.StateRule;
import ai.pyromind.pyro.cli.train.TrainList;
import java.util.List;

/**
 * A kind of resource a project file declares: the word in {@code kind:}, where the API keeps it,
 * and the fields of its create body (the same fields {@code create -f} and {@code submit -f} take).
 */
enum Kind {
  SANDBOX(
      "sandbox",
      ResourceKind.SANDBOX,
      StateRule.forMachine("running"),
      List.of(
          Field.text("name").asRequired(),
          Field.text("sandbox_type").asRequired(),
          resources(false).asRequired(),
          Field.of("screen_resolution", RESOLUTION),
          Field.of("expire_time", TIME))),
  INSTANCE(
      "instance",
      ResourceKind.INSTANCE,
      StateRule.forMachine("running"),
      List.of(
          Field.text("name").asRequired(),
          Field.oneOf("resource_type", "cpu", "gpu").asRequired(),
          resources(true).asRequired(),
          Field.text("image"),
          Field.of("expire_time", TIME).asEditable(),
          Field.text("password").asEditable(),
          Field.object("workspace_mount", Field.text("bucket_name"), Field.text("mount_path")))),
  INFERENCE(
      "inference",
      ResourceKind.INFERENCE_JOB,
      StateRule.forJob("success"),
      List.of(
          Field.text("name").asRequired(),
          Field.oneOf("model_type", "rl", "nlp", "cv").asRequired(),
          Field.text("model_name").asRequired(),
          Field.text("model_version"),
          resources(false).asRequired(),
          Field.object(
                  "input_config",
                  Field.text("data_source").asRequired(),
                  Field.text("data_format"),
                  Field.of("batch_size", INTEGER))
              .asRequired(),
          Field.object(
                  "output_config",
                  Field.text("output_bucket").asRequired(),
                  Field.text("output_path").asRequired(),
                  Field.text("output_format"))
              .asRequired(),
          Field.of("inference_params", MAP),
          Field.of("priority", INTEGER))),
  TRAINING(
      "training",
      ResourceKind.TRAINING_JOB,
      StateRule.forJob("success"),
      List.of(
          Field.text("name").asRequired(),
          Field.oneOf("training_framework", TrainList.FRAMEWORKS).asRequired(),
          Field.text("model_name").asRequired(),
          resources(false).asRequired(),
          Field.object(
                  "data_config",
                  Field.text("train_data_source").asRequired(),
                  Field.text("val_data_source"),
                  Field.text("data_format"))
              .asRequired(),
          Field.of("hyperparameters", MAP).asRequired(),
          Field.object(
                  "output_config",
                  Field.text("output_bucket").asRequired(),
                  Field.text("output_path").asRequired(),
                  Field.of("save_frequency", INTEGER))
              .asRequired(),
          Field.object("log_config", Field.text("log_tool"), Field.text("log_path")),
          Field.of("priority", INTEGER),
          Field.of("max_run_time", DURATION)));

  final String word;
  final ResourceKind resource;
  final String path;
  final String itemsField;
  final String idField;
  final StateRule ready;
  final Field body;

  Kind(String word, ResourceKind resource, StateRule ready, List<Field> fields) {
    this.word = word;
    this.resource = resource;
    this.path = resource.collection();
    this.itemsField = resource.listField();
    this.idField = resource.idField();
    this.ready = ready;
    this.body = new Field(word, Field.Type.OBJECT, true, false, fields, List.of());
  }

  /** Jobs run once: the API can change nothing about them after submission. */
  boolean isJob() {
    return resource.isJob();
  }

  /** The query of a DELETE; {@code force} stops a running job or a sandbox's tasks. */
  Query deleteQuery(boolean force) {
    return this == INSTANCE ? Query.of() : Query.of().flag(Fields.FORCE, force);
  }

  /** The noun {@code pyro NOUN wait} takes. */
  String noun() {
    return Groups.of(resource);
  }

  static Kind of(String word) {
    for (Kind kind : values()) {
      if (kind.word.equals(word)) {
        return kind;
      }
    }
    return null;
  }

  static String words() {
    return "sandbox, instance, inference, training";
  }

  private static Field resources(boolean editable) {
    Field cpu = Field.of("cpu", INTEGER).asRequired();
    Field memory = Field.of("memory", INTEGER).asRequired();
    Field gpu = Field.of("gpu", INTEGER);
    Field config =
        editable
            ? Field.object(
                Fields.RESOURCE_CONFIG, cpu.asEditable(), memory.asEditable(), gpu.asEditable())
            : Field.object(Fields.RESOURCE_CONFIG, cpu, memory, gpu);
    return editable ? config.asEditable() : config;
  }
}
