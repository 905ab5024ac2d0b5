package ai.pyromind.pyro.cli.cmdutil;

import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML anchors and aliases in a -f body or an apply manifest: the reader hands {@code *small} over
 * as the string "small", so they are refused with the line, never sent as that string.
 */
class YamlAliasesInFilesTest {
  @TempDir Path home;

  private PyroRun pyro() {
    return new PyroRun(home).env("PYRO_TOKEN", "pm_test_token_0123");
  }

  @Test
  void aBodyFileWithAnAliasIsRefusedSayingWhere() throws Exception {
    Path body =
        Files.writeString(
            home.resolve("box.yaml"),
            "defaults: &d {cpu: 1, memory: 1}\nname: box-1\nsandbox_type: t\nresource_config: *d\n");
    pyro()
        .run("sandbox", "create", "-f", body.toString(), "--dry-run")
        .assertEnded(
            2,
            "error: '"
                + body
                + "' is neither valid JSON nor YAML: YAML aliases such as *d are not supported:"
                + " write the value out in full (line 4, column 20)\n");
  }

  @Test
  void aManifestWithAnAliasIsRefusedSayingWhere() throws Exception {
    Path manifest =
        Files.writeString(
            home.resolve("boxes.yaml"),
            "kind: sandbox\nname: box-1\nsandbox_type: t\nresource_config: &small {cpu: 1, memory: 1}\n"
                + "---\nkind: sandbox\nname: box-2\nsandbox_type: t\nresource_config: *small\n");
    pyro()
        .run("apply", "-f", manifest.toString(), "--dry-run")
        .assertEnded(
            2,
            "error: '"
                + manifest
                + "' is neither valid JSON nor YAML: YAML aliases such as *small are not"
                + " supported: write the value out in full (line 9, column 24)\n");
  }
}
