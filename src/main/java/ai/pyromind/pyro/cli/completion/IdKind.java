package ai.pyromind.pyro.cli.completion;

/** The kinds of resource whose ids completion offers, and where their lists and items live. */
enum IdKind {
  SANDBOX("sandbox", "/sandboxes", "sandboxes", "sandbox_id"),
  INSTANCE("instance", "/instances", "instances", "instance_id"),
  INFERENCE("inference", "/inference", "jobs", "job_id"),
  TRAIN("train", "/training/jobs", "jobs", "job_id");

  /** The kind's top-level command, which names it in scripts and cache files. */
  final String command;

  final String listPath;
  final String itemsField;
  final String idField;

  IdKind(String command, String listPath, String itemsField, String idField) {
    this.command = command;
    this.listPath = listPath;
    this.itemsField = itemsField;
    this.idField = idField;
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
