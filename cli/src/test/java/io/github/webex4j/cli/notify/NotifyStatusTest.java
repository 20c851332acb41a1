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
}
