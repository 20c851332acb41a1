package io.github.webex4j.internal.bulk;

import io.github.webex4j.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Paces call starts for one bulk run: evenly spaced permits at a rate that never exceeds the
 * ceiling, a shared pause after a 429, and AIMD adaptation (halve once per 429 episode, then grow
 * linearly back to the ceiling in {@value #RECOVERY_SECONDS} seconds). Thread-safe.
 *
 * <p>Each caller reserves the next free slot and sleeps until then. On waking it re-checks: a pause
 * or rate cut that happened meanwhile makes it reserve again, and a permit is never issued less
 * than one interval after the previous one, even if an earlier caller woke late. Time comes from
 * the injected {@link Clock} and waits go through the injected {@link Sleeper}, so tests run on
 * virtual time.
 */
final class AdaptiveRateLimiter {
  static final double RECOVERY_SECONDS = 5.0;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final double MIN_RATE = 1.0;
  private static final double DECREASE = 0.5;
  private static final long MIN_SPAN_NANOS = 100_000_000L;

  private final double ceiling;
  private final Clock clock;
  private final Sleeper sleeper;

  // Guarded by "this".
  private double rate;
  private double step;
  private long lastRamp;
  private long nextFree = Long.MIN_VALUE;
  private long lastIssued = Long.MIN_VALUE;
  private long pausedUntil = Long.MIN_VALUE;
  private long generation;
  private long episode;
  private final ArrayDeque<Long> recentStarts = new ArrayDeque<>();
  private long firstStart = Long.MIN_VALUE;

  /**
   * @param ceiling maximum permits per second; {@link Double#POSITIVE_INFINITY} for none
   */
  AdaptiveRateLimiter(double ceiling, Clock clock, Sleeper sleeper) {
    this.ceiling = ceiling;
    this.rate = ceiling;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Permission to start one call; remembers the adaptation episode it was issued in. */
  record Permit(long episode) {}

  /** A reserved slot, valid while the limiter's generation is unchanged. */
  private record Reservation(long slot, long generation) {}

  /**
   * Waits until the next call may start.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  Permit acquire() throws InterruptedException {
    Reservation reservation;
    synchronized (this) {
      reservation = reserve(now());
    }
    while (true) {
      long wait = reservation.slot() - now();
      if (wait > 0) {
        sleeper.sleep(Duration.ofNanos(wait));
      }
      synchronized (this) {
        long now = now();
        if (reservation.generation() != generation) {
          reservation = reserve(now);
        } else if (now < reservation.slot()) {
          continue;
        } else if (now < lastIssued + interval()) {
          reservation = new Reservation(lastIssued + interval(), generation);
        } else {
          return issue(now);
        }
      }
    }
  }

  private Reservation reserve(long now) {
    ramp(now);
    long slot = Math.max(now, Math.max(nextFree, pausedUntil));
    nextFree = slot + interval();
    return new Reservation(slot, generation);
  }

  private long interval() {
    return Double.isInfinite(rate) ? 0 : (long) Math.ceil(NANOS_PER_SECOND / rate);
  }

  private Permit issue(long now) {
    ramp(now);
    lastIssued = now;
    if (Double.isInfinite(rate)) {
      if (firstStart == Long.MIN_VALUE) {
        firstStart = now;
      }
      recentStarts.addLast(now);
      trimRecent(now);
    }
    return new Permit(episode);
  }

  /**
   * Records a 429 for a call started with {@code permit}: no permit is issued before {@code
   * retryAfter} has passed, and if the permit belongs to the current episode the rate is halved and
   * a new episode begins.
   */
  synchronized void rateLimited(Permit permit, Duration retryAfter) {
    long now = now();
    pausedUntil = Math.max(pausedUntil, now + Math.max(0, retryAfter.toNanos()));
    nextFree = pausedUntil;
    generation++;
    if (permit.episode() != episode) {
      return;
    }
    episode++;
    double base = Double.isInfinite(rate) ? observedRate(now) : rate;
    double target = Double.isInfinite(ceiling) ? base : ceiling;
    rate = Math.max(MIN_RATE, base * DECREASE);
    step = Math.max(MIN_RATE, target - rate) / RECOVERY_SECONDS;
    lastRamp = pausedUntil;
  }

  private void ramp(long now) {
    if (rate >= ceiling || now <= lastRamp || step == 0) {
      return;
    }
    rate = Math.min(ceiling, rate + step * (now - lastRamp) / NANOS_PER_SECOND);
    lastRamp = now;
  }

  /**
   * Permits per second over the last second, or since the first permit if that is more recent (but
   * at least {@value #MIN_SPAN_NANOS} ns, so a burst at the start does not look infinite).
   */
  private double observedRate(long now) {
    trimRecent(now);
    long span = Math.max(MIN_SPAN_NANOS, Math.min(NANOS_PER_SECOND, now - firstStart));
    return Math.max(MIN_RATE, recentStarts.size() * (double) NANOS_PER_SECOND / span);
  }

  private void trimRecent(long now) {
    while (!recentStarts.isEmpty() && recentStarts.peekFirst() <= now - NANOS_PER_SECOND) {
      recentStarts.removeFirst();
    }
  }

  private long now() {
    Instant instant = clock.instant();
    return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
  }
}
