package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.PyroRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error status the API document lists for sections II-IV, through the command that meets it.
 */
class DocumentedErrorsTest extends CommandTest {
  private static final String CREATE_INSTANCE =
      "instance create lab --resource-type gpu --cpu 1 --memory 1";
  private static final String CREATE_INFERENCE =
      "inference create j --model-type rl --model m --cpu 1 --memory 1 --input s3://x --output-bucket b --output-path /p";
  private static final String SUBMIT =
      "train submit j --framework pytorch --model m --cpu 1 --memory 1 --train-data s3://x --hp epochs=1 --output-bucket b --output-path /p";

  @ParameterizedTest(name = "{0} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "instance list --status running | GET | /api/v1/instances | 400 | invalid status value (allowed: running/paused/stopped/error) | 2",
        CREATE_INSTANCE
            + " | POST | /api/v1/instances | 400 | resource_config.gpu must be non-negative integer | 2",
        CREATE_INSTANCE + " | POST | /api/v1/instances | 409 | instance name already exists | 4",
        CREATE_INSTANCE
            + " | POST | /api/v1/instances | 500 | failed to create instance: insufficient GPU resources | 1",
        "instance get jp_1 | GET | /api/v1/instances/jp_1 | 404 | instance not found | 3",
        "instance delete jp_1 -y | DELETE | /api/v1/instances/jp_1 | 404 | instance not found | 3",
        "instance delete jp_1 -y --backup-bucket b | DELETE | /api/v1/instances/jp_1 | 500 | failed to backup workspace: bucket access denied | 1",
        "instance edit jp_1 --name x | PUT | /api/v1/instances/jp_1 | 404 | instance not found | 3",
        "instance edit jp_1 --name x | PUT | /api/v1/instances/jp_1 | 409 | new instance name already exists | 4",
        "instance edit jp_1 --cpu 99 | PUT | /api/v1/instances/jp_1 | 500 | failed to update resource config: insufficient resources | 1",
        "instance pause jp_1 | POST | /api/v1/instances/jp_1/pause | 404 | instance not found | 3",
        "instance pause jp_1 | POST | /api/v1/instances/jp_1/pause | 500 | failed to save checkpoints: storage error | 1",
        "instance resume jp_1 | POST | /api/v1/instances/jp_1/resume | 400 | cannot resume instance in 'running' or 'stopped' status | 2",
        "instance resume jp_1 | POST | /api/v1/instances/jp_1/resume | 404 | instance not found | 3",
        "instance resume jp_1 | POST | /api/v1/instances/jp_1/resume | 500 | failed to resume: insufficient GPU resources | 1",
        "instance token jp_1 | GET | /api/v1/instances/jp_1/access-token | 400 | cannot generate token for non-running instance | 2",
        "instance token jp_1 | GET | /api/v1/instances/jp_1/access-token | 404 | instance not found | 3",
        "instance token jp_1 | GET | /api/v1/instances/jp_1/access-token | 500 | token generation failed: auth service error | 1",
        CREATE_INFERENCE
            + " | POST | /api/v1/inference | 400 | input_config.data_source is required | 2",
        CREATE_INFERENCE + " | POST | /api/v1/inference | 404 | model m (latest) not found | 3",
        CREATE_INFERENCE
            + " | POST | /api/v1/inference | 409 | inference task name already exists | 4",
        CREATE_INFERENCE
            + " | POST | /api/v1/inference | 500 | failed to create task: invalid output bucket permission | 1",
        "inference list --status running | GET | /api/v1/inference | 400 | invalid status value (allowed: pending/running/success/failed) | 2",
        "inference get inf_1 | GET | /api/v1/inference/inf_1 | 404 | inference task not found | 3",
        "inference delete inf_1 -y | DELETE | /api/v1/inference/inf_1 | 404 | inference task not found | 3",
        "inference delete inf_1 -y --delete-output | DELETE | /api/v1/inference/inf_1 | 500 | failed to delete output: bucket access denied | 1",
        SUBMIT
            + " | POST | /api/v1/training/jobs | 400 | hyperparameters.learning_rate must be positive | 2",
        SUBMIT + " | POST | /api/v1/training/jobs | 409 | training job name already exists | 4",
        SUBMIT
            + " | POST | /api/v1/training/jobs | 500 | failed to submit job: insufficient GPU resources | 1",
        "train list --status running | GET | /api/v1/training/jobs | 400 | invalid status value (allowed: pending/running/success/failed/canceled/paused) | 2",
        "train get t_1 | GET | /api/v1/training/jobs/t_1 | 404 | training job not found | 3",
        "train delete t_1 -y | DELETE | /api/v1/training/jobs/t_1 | 404 | training job not found | 3",
        "train delete t_1 -y | DELETE | /api/v1/training/jobs/t_1 | 500 | failed to delete logs: bucket access denied | 1",
        "train pause t_1 | POST | /api/v1/training/jobs/t_1/pause | 404 | training job not found | 3",
        "train pause t_1 | POST | /api/v1/training/jobs/t_1/pause | 500 | failed to save checkpoint: storage write error | 1",
        "train resume t_1 | POST | /api/v1/training/jobs/t_1/resume | 400 | cannot resume running job / new_learning_rate must be positive | 2",
        "train resume t_1 | POST | /api/v1/training/jobs/t_1/resume | 500 | failed to load checkpoint: corrupted file | 1",
        "sandbox batch sbx_1 -f - | POST | /api/v1/sandboxes/sbx_1/actions/batch | 400 | invalid actions format: each action must have 'action' field | 2",
        "sandbox batch sbx_1 -f - | POST | /api/v1/sandboxes/sbx_1/actions/batch | 404 | sandbox not found | 3",
        "sandbox action sbx_1 start | POST | /api/v1/sandboxes/sbx_1/actions | 404 | sandbox not found | 3",
        "sandbox delete sbx_1 -y | DELETE | /api/v1/sandboxes/sbx_1 | 404 | sandbox not found | 3"
      })
  void statusBecomesItsExitCodeWithTheServersMessage(
      String args, String method, String path, int status, String message, int exit) {
    wm.stubFor(
        request(method, urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withBody(envelope(status, message.replace("\"", "\\\""), "null"))));
    PyroRun.Result r = pyro().stdin("[{\"action\":\"start\"}]").run(args.trim().split(" "));
    assertThat(r.code()).as(r.toString()).isEqualTo(exit);
    String hint = status == 409 && method.equals("DELETE") ? " (pass --force)" : "";
    assertThat(r.err()).isEqualTo("error: " + message + hint + "\n");
    assertThat(r.out()).isEmpty();
  }
}
