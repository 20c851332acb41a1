package io.github.webex4j.meetings;

import org.jspecify.annotations.Nullable;

/**
 * Query of {@code DELETE /meetings/{meetingId}}.
 *
 * @param hostEmail admin only: delete a meeting of this host; null to omit
 * @param sendEmail whether Webex emails host and invitees (Webex default true); null to omit
 */
public record MeetingDeleteParams(@Nullable String hostEmail, @Nullable Boolean sendEmail) {

  /** Deletes without notifying host and invitees by email. */
  public static MeetingDeleteParams silently() {
    return new MeetingDeleteParams(null, false);
  }
}
