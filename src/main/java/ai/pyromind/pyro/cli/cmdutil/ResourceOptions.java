package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.api.Fields;
import ai.pyromind.pyro.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;

/** {@code --cpu}, {@code --memory}, {@code --gpu}: the {@code resource_config} of a request. */
public final class ResourceOptions {
  @Option(names = "--cpu", paramLabel = "N", description = "CPU cores (at least 1).")
  Integer cpu;

  @Option(names = "--memory", paramLabel = "GB", description = "Memory in GiB (at least 1).")
  Integer memory;

  @Option(names = "--gpu", paramLabel = "N", description = "GPUs (default 0).")
  Integer gpu;

  public boolean any() {
    return cpu != null || memory != null || gpu != null;
  }

  /** Sets the given values into {@code body.resource_config}, keeping what is there. */
  public void mergeInto(ObjectNode body) {
    if (!any()) {
      return;
    }
    ObjectNode config =
        body.get(Fields.RESOURCE_CONFIG) instanceof ObjectNode existing
            ? existing
            : body.putObject(Fields.RESOURCE_CONFIG);
    if (cpu != null) {
      config.put(Fields.CPU, cpu);
    }
    if (memory != null) {
      config.put(Fields.MEMORY, memory);
    }
    if (gpu != null) {
      config.put(Fields.GPU, gpu);
    }
  }

  /** A fresh {@code resource_config} with only the given values, or null when none is given. */
  public ObjectNode partial() {
    if (!any()) {
      return null;
    }
    ObjectNode body = Json.object();
    mergeInto(body);
    return (ObjectNode) body.get(Fields.RESOURCE_CONFIG);
  }
}
