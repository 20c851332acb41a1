package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;

/**
 * Someone invited to a new meeting.
 *
 * @param email email address of meeting invitee.
 * @param displayName display name of meeting invitee.
 * @param coHost whether or not invitee is allowed to be a cohost for the meeting.
 * @param panelist whether or not an invitee is allowed to be a panelist.
 */
public record MeetingInvitee(String email, String displayName, Boolean coHost, Boolean panelist) {

  /**
   * @throws IllegalArgumentException if {@code email} is blank
   */
  public MeetingInvitee {
    Checks.notBlank(email, "invitees[].email");
  }

  /** An invitee by email. */
  public static MeetingInvitee of(String email) {
    return new MeetingInvitee(email, null, null, null);
  }
}
