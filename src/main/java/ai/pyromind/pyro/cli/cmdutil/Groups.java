package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.ResourceKind;
import java.util.Map;

/** The command group of each resource kind: {@code pyro sandbox}, ..., {@code pyro train}. */
public final class Groups {
  private static final Map<String, ResourceKind> KINDS =
      Map.of(
          "sandbox", ResourceKind.SANDBOX,
          "instance", ResourceKind.INSTANCE,
          "inference", ResourceKind.INFERENCE_JOB,
          "train", ResourceKind.TRAINING_JOB);

  private Groups() {}

  /** The kind a group works on, or null for a group of none ({@code config}, {@code auth}...). */
  public static ResourceKind kind(String group) {
    return group == null ? null : KINDS.get(group);
  }

  /** The group's word, for a command line in a hint: {@code train} for training jobs. */
  public static String of(ResourceKind kind) {
    return switch (kind) {
      case SANDBOX -> "sandbox";
      case INSTANCE -> "instance";
      case INFERENCE_JOB -> "inference";
      case TRAINING_JOB -> "train";
    };
  }
}
