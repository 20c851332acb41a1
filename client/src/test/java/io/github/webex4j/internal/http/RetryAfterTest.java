package io.github.webex4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneOffset.UTC);

  @Test
  void parsesDeltaSeconds() {
    assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
  }

  @Test
  void parsesHttpDateAgainstClock() {
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 23:00:42 GMT", clock))
        .contains(Duration.ofSeconds(42));
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 22:00:00 GMT", clock)).contains(Duration.ZERO);
  }

  @Test
  void garbageOrMissingIsEmpty() {
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
    assertThat(RetryAfter.parse("", clock)).isEmpty();
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("1.5", clock)).isEmpty();
  }

  @Test
  void hugeNumberSaturates() {
    assertThat(RetryAfter.parse("99999999999999999999999", clock))
        .contains(Duration.ofSeconds(Long.MAX_VALUE));
  }
}
