package ai.pyromind.pyro.emulator;

import static ai.pyromind.pyro.emulator.EmulatorBodies.inference;
import static ai.pyromind.pyro.emulator.EmulatorBodies.instance;
import static ai.pyromind.pyro.emulator.EmulatorBodies.resources;
import static ai.pyromind.pyro.emulator.EmulatorBodies.sandbox;
import static ai.pyromind.pyro.emulator.EmulatorBodies.training;

import ai.pyromind.pyro.emulator.EmulatorHarness.Answer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For each documented error row ("METHOD PATH STATUS"), the requests that reproduce it on a fresh
 * emulator, as docs/emulator-errors.md describes them. A row whose document message joins two
 * answers with " / " has one trigger for each; a message that names the request's own values is
 * checked with the trigger's values ({@link Trigger#message}).
 */
final class DocumentedErrorTriggers {
  /** One way to meet an error: the capacity to start with, the requests, the expected message. */
  record Trigger(Resources capacity, Function<EmulatorHarness, Answer> drive, String message) {}

  private static final String RES = resources(4, 16, 1);
  private static final String SBX = "/sandboxes/";
  private static final String INS = "/instances/";
  private static final String INF = "/inference/";
  private static final String JOB = "/training/jobs/";
  private static final Map<String, List<Trigger>> TRIGGERS = new LinkedHashMap<>();

  private DocumentedErrorTriggers() {}

  static Map<String, List<Trigger>> all() {
    return TRIGGERS;
  }

  private static void row(String key, Function<EmulatorHarness, Answer> drive) {
    row(key, Resources.UNLIMITED, drive);
  }

  private static void row(String key, Resources capacity, Function<EmulatorHarness, Answer> d) {
    TRIGGERS
        .computeIfAbsent(key, k -> new java.util.ArrayList<>())
        .add(new Trigger(capacity, d, null));
  }

  private static void row(String key, String message, Function<EmulatorHarness, Answer> drive) {
    TRIGGERS
        .computeIfAbsent(key, k -> new java.util.ArrayList<>())
        .add(new Trigger(Resources.UNLIMITED, drive, message));
  }

  private static String created(EmulatorHarness emu, String path, String body, String idField) {
    Answer a = emu.post(path, body);
    if (a.status() != 201) {
      throw new AssertionError("setup failed: " + path + " " + a.envelope());
    }
    return a.data().path(idField).asText();
  }

  /** Created, then three seconds on: running. */
  private static String running(EmulatorHarness emu, String path, String body, String idField) {
    String id = created(emu, path, body, idField);
    emu.advance(Duration.ofSeconds(3));
    return id;
  }

  private static String box(EmulatorHarness emu, String name) {
    return running(emu, "/sandboxes", sandbox(name, RES), "sandbox_id");
  }

  private static String lab(EmulatorHarness emu, String name, String res, String mount) {
    return running(emu, "/instances", instance(name, res, mount), "instance_id");
  }

  private static String job(EmulatorHarness emu, String bucket, String path, String logs) {
    return running(emu, "/training/jobs", training("ppo", RES, bucket, path, logs), "job_id");
  }

  private static String job(EmulatorHarness emu) {
    return job(emu, "user-models", "/rl-models/ppo", "s3://user-logs/ppo");
  }

  static {
    String sandboxes = "/api/v1/sandboxes";
    String sandbox = sandboxes + "/{sandbox_id}";
    row("GET " + sandboxes + " 400", e -> e.get("/sandboxes?status=paused"));
    row(
        "POST " + sandboxes + " 400",
        e -> e.post("/sandboxes", sandbox("box", resources(0, 1, 0))));
    row(
        "POST " + sandboxes + " 409",
        e -> {
          box(e, "box");
          return e.post("/sandboxes", sandbox("box", RES));
        });
    row(
        "POST " + sandboxes + " 500",
        Resources.parse("gpu=1"),
        e -> e.post("/sandboxes", sandbox("box", resources(4, 16, 2))));
    row("GET " + sandbox + " 404", e -> e.get(SBX + "sbx_1"));
    row("DELETE " + sandbox + " 404", e -> e.call("DELETE", SBX + "sbx_1", null));
    row("DELETE " + sandbox + " 409", e -> e.call("DELETE", SBX + box(e, "box"), null));
    row(
        "POST " + sandbox + "/actions 400",
        e -> e.post(SBX + box(e, "box") + "/actions", "{\"action\":\"explode\"}"));
    row(
        "POST " + sandbox + "/actions 404",
        e -> e.post(SBX + "sbx_1/actions", "{\"action\":\"restart\"}"));
    row(
        "POST " + sandbox + "/actions 500",
        e -> e.post(SBX + box(e, "error-box") + "/actions", "{\"action\":\"restart\"}"));
    row("GET " + sandbox + "/vnc 404", e -> e.get(SBX + "sbx_1/vnc"));
    row("GET " + sandbox + "/vnc 500", e -> e.get(SBX + box(e, "error-box") + "/vnc"));
    row(
        "POST " + sandbox + "/actions/batch 400",
        e -> e.post(SBX + box(e, "box") + "/actions/batch", "{\"actions\":[{\"params\":{}}]}"));
    row(
        "POST " + sandbox + "/actions/batch 404",
        e -> e.post(SBX + "sbx_1/actions/batch", "{\"actions\":[{\"action\":\"restart\"}]}"));
    row(
        "POST " + sandbox + "/actions/batch 500",
        e ->
            e.post(
                SBX + box(e, "box") + "/actions/batch",
                "{\"actions\":[{\"action\":\"install_package\",\"params\":{\"name\":\"python3-pip\"}},"
                    + "{\"action\":\"run_script\",\"params\":{\"path\":\"init.sh\"}}]}"));
  }

  static {
    String instances = "/api/v1/instances";
    String instance = instances + "/{instance_id}";
    row("GET " + instances + " 400", e -> e.get("/instances?status=pending"));
    row(
        "POST " + instances + " 400",
        e -> e.post("/instances", instance("lab", resources(4, 16, -1), null)));
    row(
        "POST " + instances + " 409",
        e -> {
          lab(e, "lab", RES, null);
          return e.post("/instances", instance("lab", RES, null));
        });
    row(
        "POST " + instances + " 500",
        Resources.parse("gpu=1"),
        e -> e.post("/instances", instance("lab", resources(4, 16, 2), null)));
    row("GET " + instance + " 404", e -> e.get(INS + "jp_1"));
    row("DELETE " + instance + " 404", e -> e.call("DELETE", INS + "jp_1", null));
    row("DELETE " + instance + " 409", e -> e.call("DELETE", INS + lab(e, "lab", RES, null), null));
    row(
        "DELETE " + instance + " 500",
        e ->
            e.call(
                "DELETE",
                INS
                    + lab(e, "lab", RES, null)
                    + "?force=true&backup_workspace=true&backup_bucket=denied-backups",
                null));
    row(
        "PUT " + instance + " 400",
        e ->
            e.call(
                "PUT",
                INS + lab(e, "lab", resources(16, 64, 4), null),
                "{\"resource_config\":{\"cpu\":8}}"));
    row("PUT " + instance + " 404", e -> e.call("PUT", INS + "jp_1", "{\"name\":\"x\"}"));
    row(
        "PUT " + instance + " 409",
        e -> {
          lab(e, "lab", RES, null);
          return e.call("PUT", INS + lab(e, "other", RES, null), "{\"name\":\"lab\"}");
        });
    row(
        "PUT " + instance + " 500",
        Resources.parse("cpu=16"),
        e ->
            e.call(
                "PUT",
                INS + lab(e, "lab", resources(16, 64, 4), null),
                "{\"resource_config\":{\"cpu\":20}}"));
    row(
        "POST " + instance + "/pause 400",
        e -> {
          String id = lab(e, "lab", RES, null);
          e.post(INS + id + "/pause", null);
          return e.post(INS + id + "/pause", null);
        });
    row("POST " + instance + "/pause 404", e -> e.post(INS + "jp_1/pause", null));
    row(
        "POST " + instance + "/pause 500",
        e -> e.post(INS + lab(e, "lab", RES, "/readonly/work") + "/pause", null));
    row(
        "POST " + instance + "/resume 400",
        e -> e.post(INS + lab(e, "lab", RES, null) + "/resume", null));
    row("POST " + instance + "/resume 404", e -> e.post(INS + "jp_1/resume", null));
    row(
        "POST " + instance + "/resume 500",
        Resources.parse("gpu=4"),
        e -> {
          String id = lab(e, "lab", resources(4, 16, 4), null);
          e.post(INS + id + "/pause", null);
          lab(e, "other", resources(4, 16, 4), null);
          return e.post(INS + id + "/resume", null);
        });
    row(
        "GET " + instance + "/access-token 400",
        e ->
            e.get(
                INS
                    + created(e, "/instances", instance("lab", RES, null), "instance_id")
                    + "/access-token"));
    row("GET " + instance + "/access-token 404", e -> e.get(INS + "jp_1/access-token"));
    row(
        "GET " + instance + "/access-token 500",
        e -> e.get(INS + lab(e, "noauth-lab", RES, null) + "/access-token"));
  }

  static {
    String tasks = "/api/v1/inference";
    String task = tasks + "/{job_id}";
    String body = inference("traffic", "ppo-traffic-control-v3", RES, "user-data");
    row(
        "POST " + tasks + " 400",
        e -> e.post("/inference", body.replace("\"data_source\"", "\"source\"")));
    row(
        "POST " + tasks + " 404",
        "model missing-ppo-traffic-control-v3 (v3.2) not found",
        e -> e.post("/inference", body.replace("\"ppo-", "\"missing-ppo-")));
    row(
        "POST " + tasks + " 409",
        e -> {
          created(e, "/inference", body, "job_id");
          return e.post("/inference", body);
        });
    row(
        "POST " + tasks + " 500",
        e -> e.post("/inference", body.replace("\"user-data\"", "\"denied-outputs\"")));
    row("GET " + tasks + " 400", e -> e.get("/inference?status=paused"));
    row("GET " + task + " 404", e -> e.get(INF + "inf_1"));
    row("DELETE " + task + " 404", e -> e.call("DELETE", INF + "inf_1", null));
    row(
        "DELETE " + task + " 409",
        e -> e.call("DELETE", INF + running(e, "/inference", body, "job_id"), null));
    row(
        "DELETE " + task + " 500",
        e ->
            e.call(
                "DELETE",
                INF
                    + running(
                        e,
                        "/inference",
                        body.replace("\"user-data\"", "\"locked-results\""),
                        "job_id")
                    + "?force=true&delete_output=true",
                null));
  }

  static {
    String jobs = "/api/v1/training/jobs";
    String one = jobs + "/{job_id}";
    String body = training("ppo", RES, "user-models", "/rl-models/ppo", "s3://user-logs/ppo");
    row("POST " + jobs + " 400", e -> e.post("/training/jobs", body.replace("0.0003", "-0.0003")));
    row(
        "POST " + jobs + " 409",
        e -> {
          job(e);
          return e.post("/training/jobs", body);
        });
    row("POST " + jobs + " 500", Resources.parse("gpu=0"), e -> e.post("/training/jobs", body));
    row("GET " + jobs + " 400", e -> e.get("/training/jobs?status=done"));
    row("GET " + one + " 404", e -> e.get(JOB + "train_1"));
    row("DELETE " + one + " 404", e -> e.call("DELETE", JOB + "train_1", null));
    row("DELETE " + one + " 409", e -> e.call("DELETE", JOB + job(e), null));
    row(
        "DELETE " + one + " 500",
        e ->
            e.call(
                "DELETE",
                JOB
                    + job(e, "user-models", "/m", "s3://denied-logs/ppo")
                    + "?force=true&delete_logs=true",
                null));
    row(
        "POST " + one + "/pause 400",
        e -> {
          String id = job(e);
          e.advance(Duration.ofMinutes(1));
          return e.post(JOB + id + "/pause", null);
        });
    row("POST " + one + "/pause 404", e -> e.post(JOB + "train_1/pause", null));
    row(
        "POST " + one + "/pause 500",
        e ->
            e.post(
                JOB + job(e, "user-models", "/readonly/ppo", "s3://user-logs/ppo") + "/pause",
                null));
    row(
        "POST " + one + "/resume 400",
        "cannot resume running job",
        e -> e.post(JOB + job(e) + "/resume", null));
    row(
        "POST " + one + "/resume 400",
        "new_learning_rate must be positive",
        e -> {
          String id = job(e);
          e.post(JOB + id + "/pause", null);
          return e.post(JOB + id + "/resume?reset_learning_rate=true&new_learning_rate=-1", null);
        });
    row("POST " + one + "/resume 404", e -> e.post(JOB + "train_1/resume", null));
    row(
        "POST " + one + "/resume 500",
        e -> {
          String id = job(e);
          e.post(JOB + id + "/pause?checkpoint_name=corrupted-epoch-0", null);
          return e.post(JOB + id + "/resume", null);
        });
  }
}
