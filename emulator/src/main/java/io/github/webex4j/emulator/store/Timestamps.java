package io.github.webex4j.emulator.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Hands out creation instants that strictly increase by at least one millisecond across the whole
 * emulator, so ordering by {@code created} is exact. Reads the injected {@link Clock}. Used under
 * the {@link World} lock.
 */
public final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private final Clock clock;
  private long lastMillis = Long.MIN_VALUE;

  /** Creates a source reading {@code clock}. */
  public Timestamps(Clock clock) {
    this.clock = clock;
  }

  /** The injected clock's current instant, truncated to milliseconds (not unique). */
  public Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }

  /** A unique instant, later than every instant handed out before. */
  public Instant next() {
    lastMillis = Math.max(clock.millis(), lastMillis == Long.MIN_VALUE ? 0 : lastMillis + 1);
    return Instant.ofEpochMilli(lastMillis);
  }

  /** Formats as ISO-8601 UTC with exactly three fraction digits and {@code Z}. */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
