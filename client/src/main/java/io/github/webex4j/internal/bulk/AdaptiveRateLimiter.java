package io.github.webex4j.internal.bulk;

import io.github.webex4j.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Paces call starts for one bulk run: evenly spaced permits at a rate that never exceeds the
 * ceiling, a shared pause after a 429, and AIMD adaptation (halve once per 429 episode, then grow
 * linearly back to the ceiling in {@value #RECOVERY_SECONDS} seconds). Thread-safe.
 *
 * <p>Each caller reserves the next slot of an even cadence ({@code 1/rate} apart) and sleeps until
 * then. On waking it re-checks: a pause or rate cut that happened meanwhile makes it reserve again,
 * and a permit is only issued if fewer than {@code floor(rate)} permits were issued in the last
 * second (for rates below 1: none in the last {@code 1/rate} seconds). The cadence keeps calls from
 * coming in bursts; the sliding window is the hard ceiling, and since a permit that was issued late
 * does not push back the ones after it, sleeps that overshoot do not add up over a long run. Time
 * comes from the injected {@link Clock} and waits go through the injected {@link Sleeper}, so tests
 * run on virtual time.
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
  private final ArrayDeque<Long> issued = new ArrayDeque<>();
  private long pausedUntil = Long.MIN_VALUE;
  private long generation;
  private long episode;
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
        } else if (now < windowOpens(now)) {
          reservation = new Reservation(windowOpens(now), generation);
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

  /**
   * The earliest time at which the sliding window has room for one more permit: once enough of the
   * permits in the window have left it.
   */
  private long windowOpens(long now) {
    if (Double.isInfinite(rate)) {
      return Long.MIN_VALUE;
    }
    trim(now);
    int excess = issued.size() - capacity();
    if (excess < 0) {
      return Long.MIN_VALUE;
    }
    Iterator<Long> oldest = issued.iterator();
    for (int i = 0; i < excess; i++) {
      oldest.next();
    }
    return oldest.next() + window();
  }

  /** Permits allowed per window: {@code floor(rate)}, at least 1. */
  private int capacity() {
    return rate >= 1 ? (int) Math.min(Integer.MAX_VALUE, Math.floor(rate)) : 1;
  }

  /** One second, or {@code 1/rate} seconds for rates below 1. */
  private long window() {
    return rate >= 1 ? NANOS_PER_SECOND : (long) Math.ceil(NANOS_PER_SECOND / rate);
  }

  private long interval() {
    return Double.isInfinite(rate) ? 0 : (long) Math.ceil(NANOS_PER_SECOND / rate);
  }

  private Permit issue(long now) {
    ramp(now);
    if (firstStart == Long.MIN_VALUE) {
      firstStart = now;
    }
    issued.addLast(now);
    trim(now);
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
    rate = Math.max(Math.min(MIN_RATE, ceiling), base * DECREASE);
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
    trim(now);
    long recent = issued.stream().filter(t -> t > now - NANOS_PER_SECOND).count();
    long span = Math.max(MIN_SPAN_NANOS, Math.min(NANOS_PER_SECOND, now - firstStart));
    return Math.max(MIN_RATE, recent * (double) NANOS_PER_SECOND / span);
  }

  /** Forgets permits older than the window (at least one second). */
  private void trim(long now) {
    long keep = Math.max(NANOS_PER_SECOND, window());
    while (!issued.isEmpty() && issued.peekFirst() <= now - keep) {
      issued.removeFirst();
    }
  }

  private long now() {
    Instant instant = clock.instant();
    return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
  }
}
