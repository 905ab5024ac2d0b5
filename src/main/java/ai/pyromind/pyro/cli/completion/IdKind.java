package ai.pyromind.pyro.cli.completion;

import ai.pyromind.pyro.api.ResourceKind;
import ai.pyromind.pyro.cli.cmdutil.Groups;

/**
 * The kinds of resource whose ids completion offers, named by their group's word (which names them
 * in scripts and cache files); paths and fields come from {@link ResourceKind}.
 */
enum IdKind {
  SANDBOX(ResourceKind.SANDBOX),
  INSTANCE(ResourceKind.INSTANCE),
  INFERENCE(ResourceKind.INFERENCE_JOB),
  TRAIN(ResourceKind.TRAINING_JOB);

  /** The kind's top-level command, which names it in scripts and cache files. */
  final String command;

  final String listPath;
  final String itemsField;
  final String idField;

  IdKind(ResourceKind kind) {
    this.command = Groups.of(kind);
    this.listPath = kind.collection();
    this.itemsField = kind.listField();
    this.idField = kind.idField();
  }

  /** The kind a top-level command names, or null. */
  static IdKind of(String command) {
    for (IdKind kind : values()) {
      if (kind.command.equals(command)) {
        return kind;
      }
    }
    return null;
  }
}
