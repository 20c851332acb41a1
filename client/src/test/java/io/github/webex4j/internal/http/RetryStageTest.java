package io.github.webex4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.RetryPolicy;
import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.internal.util.Redactor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryStageTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private RetryStage stage(RetryPolicy policy, double jitter) {
    return new RetryStage(
        null, policy, sleeper, sleeper.clock(), () -> jitter, new ErrorMapping(Redactor.of()));
  }

  @Test
  void backoffIsCappedAndFullyJittered() {
    RetryPolicy policy = RetryPolicy.builder().maxRetries(6).build();
    RetryStage capped = stage(policy, 1.0);

    assertThat(capped.backoff(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(capped.backoff(4)).isEqualTo(Duration.ofMillis(8000));
    assertThat(capped.backoff(5)).isEqualTo(Duration.ofMillis(8000));
    assertThat(capped.backoff(40)).isEqualTo(Duration.ofMillis(8000));
    RetryStage jittered = stage(policy, 0.25);
    assertThat(jittered.backoff(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(jittered.backoff(0)).isEqualTo(Duration.ofMillis(125));
  }

  @Test
  void retryAfterWaitsGetAtMostATenthAndAtMostTheConfiguredJitter() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(stage(policy, 0.0).withJitter(Duration.ofSeconds(5)))
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(stage(policy, 1.0).withJitter(Duration.ofSeconds(5)))
        .isEqualTo(Duration.ofMillis(5500));
    assertThat(stage(policy, 1.0).withJitter(Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofSeconds(31));
    assertThat(stage(policy, 0.5).withJitter(Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofMillis(30500));
    RetryPolicy off = RetryPolicy.builder().retryAfterJitter(Duration.ZERO).build();
    assertThat(stage(off, 1.0).withJitter(Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofSeconds(30));
  }
}
