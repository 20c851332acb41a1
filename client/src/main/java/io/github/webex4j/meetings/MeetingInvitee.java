package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Someone invited to a new meeting.
 *
 * @param email email address of meeting invitee.
 * @param displayName display name of meeting invitee.
 * @param coHost whether or not invitee is allowed to be a cohost for the meeting.
 * @param panelist whether or not an invitee is allowed to be a panelist.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingInvitee(
    String email,
    @Nullable String displayName,
    @Nullable Boolean coHost,
    @Nullable Boolean panelist,
    Map<String, @Nullable Object> extra) {

  /**
   * Checks the invitee's email and makes {@code extra} immutable.
   *
   * @throws IllegalArgumentException if {@code email} is blank
   */
  public MeetingInvitee {
    extra = Extras.copyOf(extra);
    Checks.notBlank(email, "invitees[].email");
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public MeetingInvitee(
      String email,
      @Nullable String displayName,
      @Nullable Boolean coHost,
      @Nullable Boolean panelist) {
    this(email, displayName, coHost, panelist, Map.of());
  }

  /** An invitee by email. */
  public static MeetingInvitee of(String email) {
    return new MeetingInvitee(email, null, null, null);
  }
}
