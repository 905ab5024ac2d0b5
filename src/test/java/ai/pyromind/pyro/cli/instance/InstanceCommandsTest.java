package ai.pyromind.pyro.cli.instance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.Golden;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceCommandsTest extends CommandTest {
  private static final String CREATED =
      envelope(
          201,
          "instance created successfully",
          "{\"instance_id\":\"jp_100003\",\"name\":\"lab\",\"status\":\"pending\",\"resource_type\":\"gpu\","
              + "\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},\"image\":\"pyromind-instance:2.3.1\","
              + "\"create_time\":\"2024-01-05T00:00:00Z\",\"expire_time\":\"2024-01-12T00:00:00Z\","
              + "\"access_url\":\"https://instances.pyromind.ai/jp_100003\",\"password\":\"Gen3rated!pw\"}");

  @Test
  void listSendsFiltersAndShowsTheInstanceColumns() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances"))
            .withQueryParam("status", equalTo("running"))
            .withQueryParam("resource_type", equalTo("gpu"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("20"))
            .willReturn(
                okJson(envelope(200, "instances listed successfully", Fixtures.INSTANCE_LIST))));
    PyroRun.Result tty =
        pyro()
            .terminal()
            .run(
                "instance",
                "list",
                "--status",
                "running",
                "--resource-type",
                "gpu",
                "--color",
                "never");
    Golden.assertMatches("instance/list-terminal.txt", tty.out());
    assertThat(tty.err()).isEqualTo("showing 2 of 35; use --all\n");
    PyroRun.Result piped =
        pyro().run("inst", "ls", "--status", "running", "--resource-type", "gpu");
    piped.assertSucceeded();
    Golden.assertMatches("instance/list-piped.txt", piped.out());
  }

  @Test
  void createSendsTheBodyAndShowsTheGeneratedPasswordOnce() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"lab\",\"resource_type\":\"gpu\",\"resource_config\":{\"cpu\":16,\"memory\":64,\"gpu\":4},"
                        + "\"image\":\"pyromind-instance:2.3.1\",\"expire_time\":\"2024-01-12T00:00:00Z\","
                        + "\"workspace_mount\":{\"bucket_name\":\"user-data\",\"mount_path\":\"/home/jovyan/work\"}}"))
            .willReturn(aResponse().withStatus(201).withBody(CREATED)));
    PyroRun.Result r =
        pyro()
            .run(
                "instance",
                "create",
                "lab",
                "--resource-type",
                "gpu",
                "--cpu",
                "16",
                "--memory",
                "64",
                "--gpu",
                "4",
                "--image",
                "pyromind-instance:2.3.1",
                "--expires",
                "+7d",
                "--mount",
                "user-data:/home/jovyan/work");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "✓ created jp_100003 (pending)\nwarning: generated password (shown once, store it now): Gen3rated!pw\n");
    assertThat(r.out()).doesNotContain("Gen3rated!pw").startsWith("ID\tNAME\tSTATUS");
  }

  @Test
  void createReadsThePasswordFromStdinAndNeverEchoesIt() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"lab\",\"resource_type\":\"cpu\",\"resource_config\":{\"cpu\":4,\"memory\":16},\"password\":\"S3cure!pass\"}"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(CREATED.replace("Gen3rated!pw", "S3cure!pass"))));
    PyroRun.Result r =
        pyro()
            .stdin("S3cure!pass\n")
            .run(
                "instance",
                "create",
                "lab",
                "--resource-type",
                "cpu",
                "--cpu",
                "4",
                "--memory",
                "16",
                "--password-stdin");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("S3cure!pass");
  }

  @Test
  void createDryRunHidesThePassword() {
    PyroRun.Result r =
        pyro()
            .stdin("S3cure!pass\n")
            .run(
                "instance",
                "create",
                "lab",
                "--resource-type",
                "cpu",
                "--cpu",
                "4",
                "--memory",
                "16",
                "--password-stdin",
                "--dry-run");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("\"password\":\"***\"")
        .doesNotContain("S3cure!pass")
        .doesNotContain(TOKEN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          instance create lab --cpu 1 --memory 1 \
            | --resource-type is required
          instance create lab --resource-type tpu --cpu 1 --memory 1 \
            | invalid --resource-type 'tpu' (allowed: cpu, gpu)
          instance create lab --resource-type cpu --cpu 1 --memory 1 --mount nocolon \
            | invalid --mount 'nocolon' (expected BUCKET:PATH)
          instance create --resource-type cpu --cpu 1 --memory 1 \
            | an instance NAME is required
          instance list --status pending \
            | invalid --status 'pending' (allowed: running, paused, stopped, error)
          instance list --resource-type tpu \
            | invalid --resource-type 'tpu' (allowed: cpu, gpu)
          """)
  void createAndListValidateBeforeSending(String line, String error) {
    assertRefusedBeforeSending(line, error);
  }

  @Test
  void getShowsADetailViewOnATerminal() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/instances/jp_100003"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "instance details retrieved successfully",
                        Fixtures.INSTANCE_DETAIL))));
    PyroRun.Result r = pyro().terminal().run("instance", "get", "jp_100003");
    r.assertSucceeded();
    Golden.assertMatches("instance/get-terminal.txt", r.out());
    PyroRun.Result piped = pyro().run("instance", "get", "jp_100003", "-o", "wide");
    piped.assertSucceeded();
    Golden.assertMatches("instance/get-wide-piped.txt", piped.out());
  }

  @Test
  void editSendsOnlyTheFieldsGiven() {
    wm.stubFor(
        put(urlEqualTo("/api/v1/instances/jp_100003"))
            .withRequestBody(equalToJson("{\"resource_config\":{\"cpu\":20,\"memory\":80}}"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "instance updated successfully",
                        "{\"instance_id\":\"jp_100003\",\"name\":\"lab\",\"updated_fields\":[\"resource_config\"],"
                            + "\"resource_config\":{\"cpu\":20,\"memory\":80,\"gpu\":4},\"expire_time\":\"2024-01-25T18:00:00Z\",\"update_time\":\"2024-01-05T00:00:00Z\"}"))));
    PyroRun.Result r = pyro().run("instance", "edit", "jp_100003", "--cpu", "20", "--memory", "80");
    assertThat(r.err()).isEqualTo("✓ updated jp_100003\n");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "ID\tNAME\tUPDATED\tCPU\tMEM\tGPU\tEXPIRES\njp_100003\tlab\tresource_config\t20\t80\t4\t2024-01-25T18:00:00Z\n");
  }

  @Test
  void editWithNothingToChangeIsAUsageError() {
    PyroRun.Result r = pyro().run("instance", "edit", "jp_100003");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: nothing to change: give --name, --cpu, --memory, --gpu, --expires or --password-stdin\n");
  }

  @Test
  void editLoweringCpuIsTheServers400() {
    wm.stubFor(
        put(urlEqualTo("/api/v1/instances/jp_100003"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"lab-v2\",\"resource_config\":{\"cpu\":8},\"password\":\"N3w!\"}"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        envelope(
                            400, "resource_config.cpu must be greater than current 16", "null"))));
    PyroRun.Result r =
        pyro()
            .stdin("N3w!\n")
            .run(
                "instance",
                "edit",
                "jp_100003",
                "--name",
                "lab-v2",
                "--cpu",
                "8",
                "--password-stdin");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: resource_config.cpu must be greater than current 16\n");
  }

  @Test
  void deleteWithBackupSendsBothParameters() {
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/instances/jp_100003"))
            .withQueryParam("backup_workspace", equalTo("true"))
            .withQueryParam("backup_bucket", equalTo("user-123456789-backup"))
            .withQueryParam("force", absent())
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "instance deleted successfully",
                        "{\"instance_id\":\"jp_100003\",\"delete_time\":\"2024-01-05T00:00:00Z\",\"backup_workspace\":true,"
                            + "\"backup_bucket\":\"user-123456789-backup\",\"backup_path\":\"/instance-backups/jp_100003_20240110\"}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "instance",
                "delete",
                "jp_100003",
                "--backup-bucket",
                "user-123456789-backup",
                "-y",
                "-o",
                "yaml");
    assertThat(r.err()).isEqualTo("✓ deleted instance jp_100003\n");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("backup_path: /instance-backups/jp_100003_20240110");
  }

  @Test
  void deleteRunningWithoutForceIs409WithAHint() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/instances/jp_100003"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        envelope(
                            409,
                            "instance has running tasks, stop first or use force=true",
                            "null"))));
    PyroRun.Result r = pyro().run("instance", "delete", "jp_100003", "-y");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err())
        .isEqualTo(
            "error: instance has running tasks, stop first or use force=true (pass --force)\n");
  }

  @Test
  void deleteWithForceSendsForce() {
    wm.stubFor(
        delete(urlPathEqualTo("/api/v1/instances/jp_100003"))
            .withQueryParam("force", equalTo("true"))
            .willReturn(
                okJson(
                    envelope(
                        200, "instance deleted successfully", "{\"instance_id\":\"jp_100003\"}"))));
    assertThat(pyro().run("instance", "delete", "jp_100003", "--force", "-y").code()).isZero();
  }

  @Test
  void pauseAndResume() {
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/instances/jp_100003/pause"))
            .withQueryParam("save_checkpoint", equalTo("false"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "instance paused successfully",
                        "{\"instance_id\":\"jp_100003\",\"status\":\"paused\",\"pause_time\":\"2024-01-05T00:00:00Z\",\"save_checkpoint\":false,\"checkpoint_count\":0}"))));
    PyroRun.Result paused = pyro().run("instance", "pause", "jp_100003", "--no-checkpoint");
    assertThat(paused.out()).isEqualTo("ID\tSTATUS\tAT\njp_100003\tpaused\t2024-01-05T00:00:00Z\n");
    assertThat(paused.err()).isEqualTo("✓ paused jp_100003, 0 checkpoints\n");

    wm.stubFor(
        post(urlPathEqualTo("/api/v1/instances/jp_100003/resume"))
            .withQueryParam("restore_checkpoint", equalTo("true"))
            .withRequestBody(
                equalToJson("{\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":1}}"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "instance resumed successfully",
                        "{\"instance_id\":\"jp_100003\",\"status\":\"running\",\"resume_time\":\"2024-01-05T00:00:00Z\",\"restore_checkpoint\":true,"
                            + "\"resource_config\":{\"cpu\":8,\"memory\":32,\"gpu\":1},\"access_url\":\"https://instances.pyromind.ai/jp_100003\"}"))));
    PyroRun.Result resumed =
        pyro()
            .run(
                "instance",
                "resume",
                "jp_100003",
                "--restore-checkpoint",
                "--cpu",
                "8",
                "--memory",
                "32",
                "--gpu",
                "1",
                "-o",
                "wide");
    resumed.assertEnded(0, "✓ resumed jp_100003 (running)\n");
    assertThat(resumed.out())
        .isEqualTo(
            "ID\tSTATUS\tAT\tCHECKPOINTS\tURL\njp_100003\trunning\t2024-01-05T00:00:00Z\t\thttps://instances.pyromind.ai/jp_100003\n");
  }

  @Test
  void pauseOfAPausedInstanceIsTheServers400() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances/jp_1/pause"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        envelope(
                            400,
                            "cannot pause instance in 'paused' or 'stopped' status",
                            "null"))));
    PyroRun.Result r = pyro().run("instance", "pause", "jp_1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: cannot pause instance in 'paused' or 'stopped' status\n");
  }

  @Test
  void tokenSendsTheTtlInSecondsAndWarns() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances/jp_100003/access-token"))
            .withQueryParam("token_ttl", equalTo("7200"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "access token generated successfully",
                        "{\"instance_id\":\"jp_100003\",\"access_token\":\"eyJhbGciOi.xyz\",\"token_ttl\":7200,\"expire_time\":\"2024-01-05T02:00:00Z\","
                            + "\"access_url\":\"https://instances.pyromind.ai/jp_100003?token=eyJhbGciOi.xyz\"}"))));
    PyroRun.Result r = pyro().run("instance", "token", "jp_100003", "--ttl", "2h");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("https://instances.pyromind.ai/jp_100003?token=eyJhbGciOi.xyz\n");
    assertThat(r.err())
        .isEqualTo("warning: the token grants full access to the instance: do not share it\n");
    assertThat(
            pyro()
                .run("instance", "token", "jp_100003", "--ttl", "2h", "--jq", ".access_token")
                .out())
        .isEqualTo("eyJhbGciOi.xyz\n");
  }
}
