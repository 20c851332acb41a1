package io.github.webex4j.meetings;

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
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("invitees[].email must not be blank");
    }
  }

  /** An invitee by email. */
  public static MeetingInvitee of(String email) {
    return new MeetingInvitee(email, null, null, null);
  }
}
