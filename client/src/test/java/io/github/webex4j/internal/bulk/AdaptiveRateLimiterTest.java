package io.github.webex4j.internal.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The limiter alone, single-threaded, on a fake clock whose sleeps may overshoot. */
class AdaptiveRateLimiterTest {
  private final FakeTime time = new FakeTime();

  private List<Long> acquire(AdaptiveRateLimiter limiter, int permits) throws InterruptedException {
    List<Long> issuedAt = new ArrayList<>();
    for (int i = 0; i < permits; i++) {
      limiter.acquire();
      issuedAt.add(time.nanos);
    }
    return issuedAt;
  }

  private static void assertNoSecondHoldsMoreThan(List<Long> times, int limit) {
    for (long start : times) {
      long inWindow = times.stream().filter(t -> t >= start && t < start + 1_000_000_000L).count();
      assertThat(inWindow).as("permits in the second from %d ns", start).isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void lateWakeUpsDoNotAddUpOverALongRun() throws InterruptedException {
    time.overshoot = () -> Duration.ofMillis(5);

    List<Long> times = acquire(new AdaptiveRateLimiter(10, time.clock(), time), 100);

    assertNoSecondHoldsMoreThan(times, 10);
    // On the cadence each permit is 5 ms late, not 5 ms later than the one before: 9.905 s.
    assertThat(times.get(99)).isEqualTo(Duration.ofMillis(9_905).toNanos());
  }

  @Test
  void randomOvershootNeverBreaksTheOneSecondCeiling() throws InterruptedException {
    Random random = new Random(42);
    time.overshoot = () -> Duration.ofMillis(random.nextInt(80));

    List<Long> times = acquire(new AdaptiveRateLimiter(10, time.clock(), time), 200);

    assertNoSecondHoldsMoreThan(times, 10);
    assertThat(Duration.ofNanos(times.get(199))).isLessThan(Duration.ofMillis(19_900 + 1_000));
  }

  @Test
  void aFractionalRateAllowsTheWholeNumberBelowItPerSecond() throws InterruptedException {
    List<Long> times = acquire(new AdaptiveRateLimiter(2.5, time.clock(), time), 12);

    assertNoSecondHoldsMoreThan(times, 2);
  }

  @Test
  void aRateBelowOnePerSecondSpacesPermitsByItsInverse() throws InterruptedException {
    List<Long> times = acquire(new AdaptiveRateLimiter(0.5, time.clock(), time), 3);

    assertThat(times).containsExactly(0L, 2_000_000_000L, 4_000_000_000L);
  }

  @Test
  void withoutCeilingA429HalvesTheObservedRateAfterThePause() throws InterruptedException {
    AdaptiveRateLimiter limiter =
        new AdaptiveRateLimiter(Double.POSITIVE_INFINITY, time.clock(), time);
    AdaptiveRateLimiter.Permit last = null;
    for (int i = 0; i < 40; i++) {
      last = limiter.acquire();
      time.nanos += 10_000_000L; // a call every 10 ms: 100/s observed
    }
    limiter.rateLimited(last, Duration.ofSeconds(3));
    long pausedAt = time.nanos;

    List<Long> after = acquire(limiter, 3);

    assertThat(after.get(0)).isEqualTo(pausedAt + 3_000_000_000L);
    // 100/s halved to 50/s: 20 ms apart (plus a little ramp-up).
    assertThat(after.get(1) - after.get(0)).isBetween(19_000_000L, 20_000_000L);
  }

  /** A clock that only moves when something sleeps (plus an optional overshoot). */
  private static final class FakeTime implements Sleeper {
    long nanos;
    java.util.function.Supplier<Duration> overshoot = () -> Duration.ZERO;

    @Override
    public void sleep(Duration duration) {
      nanos += duration.toNanos() + overshoot.get().toNanos();
    }

    Clock clock() {
      Instant start = Instant.EPOCH;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return start.plusNanos(nanos);
        }
      };
    }
  }
}
