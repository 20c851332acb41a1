package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SystemSleeperTest {

  @Test
  void roundsSubMillisecondRemaindersUpInsteadOfDroppingThem() {
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofNanos(400_000))).isEqualTo(1);
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofNanos(1))).isEqualTo(1);
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofNanos(20_408_163))).isEqualTo(21);
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofMillis(20))).isEqualTo(20);
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofSeconds(2, 1))).isEqualTo(2001);
  }

  @Test
  void zeroNegativeAndHugeDurations() {
    assertThat(SystemSleeper.millisRoundedUp(Duration.ZERO)).isZero();
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofMillis(-5))).isZero();
    assertThat(SystemSleeper.millisRoundedUp(Duration.ofSeconds(Long.MAX_VALUE)))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void systemSleeperReturnsAtOnceForNothingToWaitAndKeepsTheInterruptContract() throws Exception {
    Sleeper.system().sleep(Duration.ZERO);
    Sleeper.system().sleep(Duration.ofSeconds(-1));

    Thread.currentThread().interrupt();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Sleeper.system().sleep(Duration.ofHours(1)))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
