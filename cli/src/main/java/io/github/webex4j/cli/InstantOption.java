package io.github.webex4j.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A point in time as people type it: {@code 2026-01-31} (that day's start, UTC), {@code
 * 2026-01-31T09:00} or {@code 2026-01-31 09:00} (UTC), {@code 2026-01-31T09:00:00Z} or with an
 * offset ({@code +02:00}). Registered for every {@link Instant} option.
 */
public final class InstantOption implements ITypeConverter<Instant> {

  @Override
  public Instant convert(String value) {
    return parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not a date or time: use e.g. 2026-01-31 (start of the day, UTC),"
                        + " 2026-01-31T09:00 (UTC) or 2026-01-31T09:00:00+02:00"));
  }

  /** The instant {@code value} names, or empty. */
  static Optional<Instant> parse(String value) {
    String text = value.strip().replace(' ', 'T');
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notWithOffset) {
      // try the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notLocal) {
      // try a date alone
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
