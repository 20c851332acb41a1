package io.github.webex4j.emulator.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The {@code from}/{@code to} window of a recordings list. Both are read in the request's zone and
 * truncated to the minute ({@link MeetingTimes#parseTime}); a missing end is the other one plus or
 * minus 7 days, both missing the 7 days before now. {@code from} is inclusive, {@code to} exclusive
 * but includes its minute.
 */
record RecordingWindow(Instant from, Instant to) {
  private static final Duration DEFAULT_SPAN = Duration.ofDays(7);

  /**
   * The window the request's {@code from} and {@code to} query parameters name.
   *
   * @throws ApiException 400 for a time that does not parse
   */
  static RecordingWindow of(ApiRequest request, ZoneId zone, Instant now) {
    Instant from = MeetingTimes.parseTime(request.query("from"), zone, "from");
    Instant to = MeetingTimes.parseTime(request.query("to"), zone, "to");
    if (to == null) {
      to = from == null ? now : from.plus(DEFAULT_SPAN);
    }
    if (from == null) {
      from = to.minus(DEFAULT_SPAN);
    }
    return new RecordingWindow(from, to);
  }

  /**
   * This window, once checked to span more than nothing and at most {@code max}.
   *
   * @throws ApiException 400 otherwise
   */
  RecordingWindow within(Duration max) {
    if (!to.isAfter(from) || Duration.between(from, to).compareTo(max) > 0) {
      throw ApiException.badRequest(
          "'from' to 'to' must span more than 0 and at most " + max.toDays() + " days.");
    }
    return this;
  }

  /** Whether {@code time} falls in the window. */
  boolean contains(Instant time) {
    return !time.isBefore(from) && time.isBefore(to.plusSeconds(60));
  }
}
