package ai.pyromind.pyro.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.pyromind.pyro.testing.CommandTest;
import ai.pyromind.pyro.testing.Fixtures;
import ai.pyromind.pyro.testing.PyroRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a CI job relies on: secrets shown once are shown, data as it came, a final newline. */
class OutputContractTest extends CommandTest {
  private static final String[] CREATE = {
    "instance", "create", "lab", "--resource-type", "cpu", "--cpu", "2", "--memory", "4"
  };

  private void instanceCreated() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/instances"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(
                            201,
                            "instance created successfully",
                            "{\"instance_id\":\"jp_1\",\"name\":\"lab\",\"status\":\"pending\","
                                + "\"password\":\"Gen3rated-pw\"}"))));
  }

  private PyroRun.Result create(String... format) {
    List<String> args = new ArrayList<>(List.of(CREATE));
    args.addAll(List.of(format));
    return pyro().run(args.toArray(String[]::new));
  }

  @Test
  void aGeneratedPasswordGoesToStderrWithIdAndTableOutput() {
    instanceCreated();
    PyroRun.Result id = create("-o", "id");
    assertThat(id.code()).as(id.toString()).isZero();
    assertThat(id.out()).isEqualTo("jp_1\n");
    assertThat(id.err()).contains("generated password (shown once, store it now): Gen3rated-pw");
    for (String[] format : List.of(new String[0], new String[] {"-o", "wide"})) {
      PyroRun.Result table = create(format);
      assertThat(table.out()).doesNotContain("Gen3rated-pw");
      assertThat(table.err()).contains("Gen3rated-pw");
    }
    assertThat(create("-o", "id", "-q").err()).contains("Gen3rated-pw");
  }

  @Test
  void aGeneratedPasswordIsInTheJsonOrYamlObjectAndOnStderrWhenJqMayDropIt() {
    instanceCreated();
    PyroRun.Result json = create("-o", "json");
    assertThat(json.code()).as(json.toString()).isZero();
    assertThat(json.out()).contains("\"password\": \"Gen3rated-pw\"");
    assertThat(json.err()).doesNotContain("Gen3rated-pw");
    PyroRun.Result yaml = create("-o", "yaml");
    assertThat(yaml.code()).as(yaml.toString()).isZero();
    assertThat(yaml.out()).contains("password: Gen3rated-pw\n");
    assertThat(yaml.err()).doesNotContain("Gen3rated-pw");
    PyroRun.Result jq = create("--jq", ".instance_id");
    assertThat(jq.code()).as(jq.toString()).isZero();
    assertThat(jq.out()).isEqualTo("jp_1\n");
    assertThat(jq.err()).contains("Gen3rated-pw");
  }

  @Test
  void aGeneratedPasswordSurvivesWaitWhoseFinalViewComesWithoutIt() {
    instanceCreated();
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/instances/jp_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"instance_id\":\"jp_1\",\"name\":\"lab\",\"status\":\"running\"}"))));
    PyroRun.Result r = create("--wait", "--interval", "10ms", "-o", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out() + r.err()).as(r.toString()).contains("Gen3rated-pw");
  }

  private void trainJob(String query) {
    wm.stubFor(
        get(urlEqualTo("/api/v1/training/jobs/train_300001" + query))
            .willReturn(okJson(envelope(200, "ok", Fixtures.TRAIN_DETAIL))));
  }

  @Test
  void pipedTrainGetCarriesMetricsAndLogsAfterTheRow() {
    trainJob("?include_logs=true&log_lines=5&include_metrics=true");
    PyroRun.Result r =
        pyro().run("train", "get", "train_300001", "--metrics", "--logs", "--log-lines", "5");
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "ID\tNAME\tSTATUS\tPROGRESS\tCREATED\n"
                + "train_300001\tRL-PPO-LunarLander-Training\trunning\t58%\t\n"
                + "\nMETRICS\n"
                + "train_loss\t0.087\nval_loss\t0.123\nreward_mean\t289.4\n"
                + "\nLOGS\n"
                + "2024-01-04T09:00:05Z - Training started\n"
                + "2024-01-04T09:01:10Z - Epoch 1/100 - train_loss=0.912\n");
  }

  @Test
  void pipedGetPrintsOnlyTheSectionsAskedForAndNoTitlesWithNoHeaders() {
    trainJob("?include_metrics=true");
    PyroRun.Result r = pyro().run("train", "get", "train_300001", "--metrics", "--no-headers");
    r.assertSucceeded();
    assertThat(r.out())
        .isEqualTo(
            "train_300001\tRL-PPO-LunarLander-Training\trunning\t58%\t\n"
                + "\ntrain_loss\t0.087\nval_loss\t0.123\nreward_mean\t289.4\n");
  }

  @Test
  void pipedInferenceGetCarriesItsLog() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/inference/inf_200003?include_logs=true"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.INFERENCE_DETAIL))));
    PyroRun.Result r = pyro().run("inference", "get", "inf_200003", "--logs");
    r.assertSucceeded();
    assertThat(r.out())
        .endsWith(
            "\nLOGS\n2024-01-04T13:05:00Z - Inference started\n"
                + "2024-01-04T13:10:00Z - Processed 16000 rows\n");
  }

  @Test
  void numbersComeOutAsTheServerWroteThem() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/training/jobs/train_1"))
            .willReturn(
                okJson(
                    envelope(
                        200,
                        "ok",
                        "{\"job_id\":\"train_1\",\"hyperparameters\":{\"lr\":0.0003,\"eps\":1e-07,\"wd\":1.50}}"))));
    assertThat(pyro().run("train", "get", "train_1", "-o", "json").assertSucceeded().out())
        .contains("\"lr\": 0.0003", "\"eps\": 1e-07", "\"wd\": 1.50");
    assertThat(pyro().run("train", "get", "train_1", "-o", "yaml").assertSucceeded().out())
        .contains("lr: 0.0003\n", "eps: 1.0e-07\n", "wd: 1.50\n");
    assertThat(
            pyro()
                .run("train", "get", "train_1", "--jq", ".hyperparameters.lr")
                .assertSucceeded()
                .out())
        .isEqualTo("0.0003\n");
  }

  @Test
  void aFileSendsNumbersAsWrittenLikeHp() throws Exception {
    Path job = home.resolve("job.yaml");
    Files.writeString(job, "hyperparameters:\n  learning_rate: 0.0003\n  eps: 1e-07\n");
    wm.stubFor(
        post(urlEqualTo("/api/v1/training/jobs"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody(
                        envelope(201, "ok", "{\"job_id\":\"train_1\",\"status\":\"pending\"}"))));
    PyroRun.Result r =
        pyro()
            .run(
                "train",
                "submit",
                "n",
                "--framework",
                "pytorch",
                "--model",
                "m",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--train-data",
                "s3://b/t",
                "--output-bucket",
                "b",
                "--output-path",
                "/o",
                "-f",
                job.toString(),
                "--hp",
                "gamma=0.0001");
    assertThat(r.code()).as(r.toString()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/training/jobs"))
            .withRequestBody(
                matching(".*\"learning_rate\":0\\.0003,\"eps\":1e-07,\"gamma\":0\\.0001.*")));
    PyroRun.Result dry =
        pyro()
            .run(
                "train",
                "submit",
                "-f",
                job.toString(),
                "--dry-run",
                "n",
                "--framework",
                "pytorch",
                "--model",
                "m",
                "--cpu",
                "1",
                "--memory",
                "1",
                "--train-data",
                "s3://b/t",
                "--output-bucket",
                "b",
                "--output-path",
                "/o");
    dry.assertSucceeded();
    assertThat(dry.out()).contains("\"learning_rate\":0.0003,\"eps\":1e-07");
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "wide", "json", "yaml", "id", "jq", "jqtext"})
  void everyFormatEndsWithANewline(String format) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(
                okJson(Fixtures.sandboxPage(2, 1, 20, Fixtures.SANDBOX_1, Fixtures.SANDBOX_2))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes/sbx_987654321"))
            .willReturn(okJson(envelope(200, "ok", Fixtures.SANDBOX_DETAIL))));
    String[] options =
        switch (format) {
          case "jq" -> new String[] {"--jq", "."};
          case "jqtext" -> new String[] {"--jq", ".. | select(type == \"string\")"};
          default -> new String[] {"-o", format};
        };
    for (PyroRun run : List.of(pyro(), pyro().terminal())) {
      List<String> list = new ArrayList<>(List.of("sandbox", "list"));
      list.addAll(List.of(options));
      List<String> one = new ArrayList<>(List.of("sandbox", "get", "sbx_987654321"));
      one.addAll(List.of(options));
      for (PyroRun.Result r :
          List.of(run.run(list.toArray(String[]::new)), run.run(one.toArray(String[]::new)))) {
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).isNotEmpty().endsWith("\n");
        assertThat(r.err())
            .as(r.toString())
            .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).endsWith("\n"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void anEmptyListIsAnEmptyArrayEndingWithANewline(String format) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/sandboxes"))
            .willReturn(okJson(Fixtures.sandboxPage(0, 1, 20))));
    assertThat(pyro().run("sandbox", "list", "-o", format).assertSucceeded().out())
        .isEqualTo("[]\n");
  }

  static Stream<Arguments> commandsWithTheirOwnPrinting() {
    String warning = "warning: the token grants full access to the instance: do not share it\n";
    return Stream.of(
        Arguments.of("version", ""),
        Arguments.of("completion bash", ""),
        Arguments.of("auth token", ""),
        Arguments.of("instance token jp_1", warning),
        Arguments.of("instance token jp_1 -o yaml", warning),
        Arguments.of("sandbox create box-1 --type cpu-sandbox --cpu 1 --memory 1 --dry-run", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandsWithTheirOwnPrinting")
  void commandsWithTheirOwnPrintingEndWithANewlineToo(String command, String stderr) {
    if (command.startsWith("instance token")) {
      wm.stubFor(
          get(urlPathEqualTo("/api/v1/instances/jp_1/access-token"))
              .willReturn(
                  okJson(
                      envelope(
                          200,
                          "ok",
                          "{\"instance_id\":\"jp_1\",\"access_token\":\"t\",\"access_url\":\"https://i/jp_1\"}"))));
    }
    PyroRun.Result r = pyro().run(command.split(" "));
    r.assertEnded(0, stderr);
    assertThat(r.out()).as(r.toString()).isNotEmpty().endsWith("\n");
  }
}
