package io.github.webex4j;

import java.time.Duration;

/**
 * {@link Sleeper#system()}: {@link Thread#sleep(long)} for the duration rounded <em>up</em> to
 * whole milliseconds, so a caller that sleeps until a deadline never wakes before it and never
 * spins on a sub-millisecond remainder (truncating 0.4 ms to {@code sleep(0)} returned at once).
 */
final class SystemSleeper implements Sleeper {
  static final SystemSleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long millis = millisRoundedUp(duration);
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  /** Whole milliseconds covering {@code duration}: 0 for zero or negative, saturating. */
  static long millisRoundedUp(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return 0;
    }
    try {
      long millis = duration.toMillis();
      return duration.toNanosPart() % 1_000_000 == 0 ? millis : Math.addExact(millis, 1);
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
