package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /admin/meetings}: the organization's meetings with one meeting number or web
 * link.
 *
 * @param meetingNumber the meeting number, or null when {@code webLink} is given
 * @param webLink the meeting's information page, or null when {@code meetingNumber} is given
 * @param current for a series found by number: true (Webex default) for the scheduled meeting that
 *     is ready or next, false for the whole series; null to omit
 */
public record AdminMeetingListParams(
    @Nullable String meetingNumber, @Nullable String webLink, @Nullable Boolean current) {

  /**
   * Checks that the meeting is named. [?] The documents do not say whether the list may be asked
   * for without either; they describe it as a look-up by number or link, so one is required.
   *
   * @throws IllegalArgumentException unless exactly one of {@code meetingNumber} and {@code
   *     webLink} is given
   */
  public AdminMeetingListParams {
    Checks.exactlyOne(meetingNumber, "meetingNumber", webLink, "webLink");
  }

  /** Meetings with this meeting number. */
  public static AdminMeetingListParams ofMeetingNumber(String meetingNumber) {
    return new AdminMeetingListParams(meetingNumber, null, null);
  }

  /** Meetings with this web link. */
  public static AdminMeetingListParams ofWebLink(String webLink) {
    return new AdminMeetingListParams(null, webLink, null);
  }

  /** These parameters with {@code current} set. */
  public AdminMeetingListParams withCurrent(boolean current) {
    return new AdminMeetingListParams(meetingNumber, webLink, current);
  }
}
