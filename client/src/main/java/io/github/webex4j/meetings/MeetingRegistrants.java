package io.github.webex4j.meetings;

import io.github.webex4j.Page;

/**
 * Registrants of a meeting or webinar that requires registration ({@code
 * /meetings/{meetingId}/registrants}). Obtain it from {@code WebexClient.meetings().registrants()}.
 * All methods perform network I/O, are thread-safe, and throw {@link
 * io.github.webex4j.WebexException} subclasses on failure ({@link
 * io.github.webex4j.NotFoundException} for an unknown meeting or registrant, {@link
 * io.github.webex4j.BadRequestException} if the meeting has no registration).
 */
public interface MeetingRegistrants {

  /**
   * Registers a person.
   *
   * @param meetingId non-blank meeting id
   * @param params non-null registration form
   */
  MeetingRegistrant register(String meetingId, MeetingRegistrantCreateParams params);

  /**
   * One page of registrants ({@code Link} paging); {@code autoPager()} streams all.
   *
   * @param meetingId non-blank meeting id
   * @param params non-null query
   */
  Page<MeetingRegistrant> list(String meetingId, MeetingRegistrantListParams params);

  /**
   * One registrant of a meeting.
   *
   * @param meetingId non-blank meeting id
   * @param registrantId non-blank registrant id
   */
  MeetingRegistrant get(String meetingId, String registrantId);

  /**
   * Removes a registrant from a meeting.
   *
   * @param meetingId non-blank meeting id
   * @param registrantId non-blank registrant id
   */
  void delete(String meetingId, String registrantId);
}
