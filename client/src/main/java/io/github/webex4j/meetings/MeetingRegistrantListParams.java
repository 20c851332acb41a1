package io.github.webex4j.meetings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /meetings/{meetingId}/registrants}. All components are optional.
 *
 * @param pageSize registrants per page (sent as {@code max}; Webex default 10), positive
 * @param email only the registrant with this email
 * @param registrationTimeFrom only registrations at or after this time
 * @param registrationTimeTo only registrations before this time
 * @param current for a series id: the current scheduled meeting's registrants
 * @param hostEmail admin only: act as this host
 */
public record MeetingRegistrantListParams(
    @Nullable Integer pageSize,
    @Nullable String email,
    @Nullable Instant registrationTimeFrom,
    @Nullable Instant registrationTimeTo,
    @Nullable Boolean current,
    @Nullable String hostEmail) {

  /**
   * Checks the query's page size and time window before any request.
   *
   * @throws IllegalArgumentException if {@code pageSize} is not positive or the time window is
   *     reversed
   */
  public MeetingRegistrantListParams {
    if (pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("pageSize (max) must be positive");
    }
    if (registrationTimeFrom != null
        && registrationTimeTo != null
        && registrationTimeTo.isBefore(registrationTimeFrom)) {
      throw new IllegalArgumentException(
          "registrationTimeTo must not be before registrationTimeFrom");
    }
  }

  /** Server defaults. */
  public static MeetingRegistrantListParams none() {
    return new MeetingRegistrantListParams(null, null, null, null, null, null);
  }

  /** Pages of {@code pageSize} registrants. */
  public static MeetingRegistrantListParams ofPageSize(int pageSize) {
    return new MeetingRegistrantListParams(pageSize, null, null, null, null, null);
  }
}
