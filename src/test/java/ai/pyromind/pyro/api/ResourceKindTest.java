package ai.pyromind.pyro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one description of each kind: its paths, ids and name rule. */
class ResourceKindTest {
  @Test
  void itemAndActionPathsHangUnderTheCollectionWithTheIdAsOneSegment() {
    assertThat(ResourceKind.SANDBOX.item("sbx_1", "actions", "batch"))
        .isEqualTo("/sandboxes/sbx_1/actions/batch");
    assertThat(ResourceKind.INSTANCE.item("jp_1", "access-token"))
        .isEqualTo("/instances/jp_1/access-token");
    assertThat(ResourceKind.INFERENCE_JOB.item("inf_1")).isEqualTo("/inference/inf_1");
    assertThat(ResourceKind.TRAINING_JOB.item("train_1", "pause"))
        .isEqualTo("/training/jobs/train_1/pause");
  }

  @Test
  void anIdThatWouldChangeThePathIsRefused() {
    assertThatThrownBy(() -> ResourceKind.SANDBOX.item("../x"))
        .isInstanceOf(UnsafeIdException.class);
    assertThatThrownBy(() -> ResourceKind.TRAINING_JOB.item(".."))
        .isInstanceOf(UnsafeIdException.class);
  }

  @Test
  void idsAreThePrefixAndANumber() {
    assertThat(ResourceKind.TRAINING_JOB.id(300001)).isEqualTo("train_300001");
    assertThat(ResourceKind.TRAINING_JOB.idNumber("train_300001")).isEqualTo(300001);
    assertThat(ResourceKind.INSTANCE.idNumber("jp_100003")).isEqualTo(100003);
    assertThat(ResourceKind.SANDBOX.looksLikeId("sbx_987654321")).isTrue();
    assertThat(ResourceKind.SANDBOX.looksLikeId("jp_1")).isFalse();
    assertThat(ResourceKind.INFERENCE_JOB.looksLikeId("inf_")).isFalse();
    assertThat(ResourceKind.INFERENCE_JOB.looksLikeId("my-inf_1")).isFalse();
  }

  @Test
  void onlySandboxesHaveANameRule() {
    assertThat(ResourceKind.SANDBOX.validName("My-GPU-Sandbox_2024")).isTrue();
    assertThat(ResourceKind.SANDBOX.validName("ab")).isFalse();
    assertThat(ResourceKind.SANDBOX.validName("a".repeat(65))).isFalse();
    assertThat(ResourceKind.SANDBOX.validName("has space")).isFalse();
    assertThat(ResourceKind.SANDBOX.validName(null)).isFalse();
    assertThat(ResourceKind.INSTANCE.validName("x")).isTrue();
  }

  @Test
  void machinesHaveUniqueNamesAndJobsDoNot() {
    assertThat(ResourceKind.SANDBOX.uniqueNames()).isTrue();
    assertThat(ResourceKind.INSTANCE.uniqueNames()).isTrue();
    assertThat(ResourceKind.INFERENCE_JOB.uniqueNames()).isFalse();
    assertThat(ResourceKind.TRAINING_JOB.isJob()).isTrue();
  }
}
