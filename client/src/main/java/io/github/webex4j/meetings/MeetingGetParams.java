package io.github.webex4j.meetings;

import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /meetings/{meetingId}}.
 *
 * @param current for a series id: true returns the current scheduled meeting instead of the series
 *     (Webex default false); null to omit
 * @param hostEmail admin only: act as this host; null to omit
 */
public record MeetingGetParams(@Nullable Boolean current, @Nullable String hostEmail) {

  /** No parameters. */
  public static MeetingGetParams none() {
    return new MeetingGetParams(null, null);
  }

  /** As the given host (admins). */
  public static MeetingGetParams asHost(String hostEmail) {
    return new MeetingGetParams(null, hostEmail);
  }
}
