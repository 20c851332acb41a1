package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.render.MeetingRenderer;
import io.github.webex4j.emulator.store.MeetingStore;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * How the meetings, registrants and recordings families show and read times: ISO-8601 with an
 * offset and seconds in the zone of the {@code timezone} header (else a fallback), and parsing of
 * the same with an optional offset.
 */
final class MeetingTimes {
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private MeetingTimes() {}

  /** The zone to render times in: the {@code timezone} header, else {@code fallback}. */
  static ZoneId renderZone(ApiRequest request, String fallback) {
    String header = request.header("timezone");
    return MeetingStore.zone(header != null ? header : fallback);
  }

  /** A meeting time as ISO-8601 with offset and seconds ({@code Z} for UTC). */
  static String time(Instant instant, ZoneId zone) {
    return MeetingRenderer.time(instant, zone);
  }

  /** Parses an ISO-8601 date-time (offset optional, then read in {@code zone}), to the minute. */
  static Instant parseTime(String raw, ZoneId zone, String field) {
    if (raw == null) {
      return null;
    }
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              raw.trim().replace(' ', 'T'), ZonedDateTime::from, LocalDateTime::from);
      Instant instant =
          parsed instanceof ZonedDateTime z
              ? z.toInstant()
              : ((LocalDateTime) parsed).atZone(zone).toInstant();
      if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
        throw ApiException.badRequest("Invalid value for '" + field + "': out of range: " + raw);
      }
      return instant.truncatedTo(ChronoUnit.MINUTES);
    } catch (DateTimeException e) {
      throw ApiException.badRequest("Invalid value for '" + field + "': " + raw);
    }
  }
}
