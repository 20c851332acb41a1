package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NotifyStatusTest {

  @Test
  void eachStatusHasItsOwnEmojiAndAnAdaptiveCardColour() {
    Set<String> emojis =
        Arrays.stream(NotifyStatus.values()).map(NotifyStatus::emoji).collect(Collectors.toSet());
    assertThat(emojis).hasSize(NotifyStatus.values().length);
    for (NotifyStatus status : NotifyStatus.values()) {
      assertThat(status.color()).isIn("default", "accent", "good", "warning", "attention");
      assertThat(status.containerStyle())
          .isIn("default", "emphasis", "accent", "good", "warning", "attention");
    }
    assertThat(NotifyStatus.FAILURE.color()).isEqualTo("attention");
    assertThat(NotifyStatus.SUCCESS.color()).isEqualTo("good");
  }

  @Test
  void attentionStatusesAreFailureUnstableAndRollback() {
    assertThat(Arrays.stream(NotifyStatus.values()).filter(NotifyStatus::needsAttention))
        .containsExactly(NotifyStatus.FAILURE, NotifyStatus.UNSTABLE, NotifyStatus.ROLLBACK);
  }

  @Test
  void parsesNamesAndTheWordsOfCiSystemsInAnyCase() {
    assertThat(NotifyStatus.parse("Failure")).contains(NotifyStatus.FAILURE);
    assertThat(NotifyStatus.parse("failed")).contains(NotifyStatus.FAILURE); // GitLab
    assertThat(NotifyStatus.parse("canceled")).contains(NotifyStatus.CANCELLED); // GitLab, Azure
    assertThat(NotifyStatus.parse("ABORTED")).contains(NotifyStatus.CANCELLED); // Jenkins
    assertThat(NotifyStatus.parse("UNSTABLE")).contains(NotifyStatus.UNSTABLE); // Jenkins
    assertThat(NotifyStatus.parse("SucceededWithIssues")).contains(NotifyStatus.UNSTABLE);
    assertThat(NotifyStatus.parse(" rollback ")).contains(NotifyStatus.ROLLBACK);
    assertThat(NotifyStatus.parse("exploded")).isEmpty();
    assertThat(NotifyStatus.parse(null)).isEmpty();
  }

  @Test
  void skippedWordsAreSkippedErrorIsAFailureAndAnythingElseIsNeutral() {
    assertThat(NotifyStatus.lenient("skipped")).isEqualTo(NotifyStatus.SKIPPED); // GitHub, Azure
    assertThat(NotifyStatus.lenient("NOT_BUILT")).isEqualTo(NotifyStatus.SKIPPED); // Jenkins
    assertThat(NotifyStatus.lenient("Error")).isEqualTo(NotifyStatus.FAILURE); // Drone
    assertThat(NotifyStatus.lenient("exploded")).isEqualTo(NotifyStatus.NEUTRAL);
    assertThat(NotifyStatus.NEUTRAL.needsAttention()).isFalse();
  }
}
