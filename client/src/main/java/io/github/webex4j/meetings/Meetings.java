package io.github.webex4j.meetings;

import io.github.webex4j.Page;

/**
 * The {@code /meetings} resource. Obtain it from {@code WebexClient.meetings()}. All methods
 * perform network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException}
 * subclasses on failure: {@link io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.ForbiddenException} when the caller may not act on the meeting (e.g. ending a
 * meeting they do not host), {@link io.github.webex4j.BadRequestException} for inputs Webex rejects
 * (password complexity, start in the past, ...). Meeting ids are not base64: a series id is 32 hex
 * characters; occurrences and instances add a suffix.
 */
public interface Meetings {

  /**
   * Schedules a meeting, webinar or personal room meeting, or starts a room's ad-hoc meeting.
   *
   * @param params non-null, validated meeting
   * @return the created meeting series (or the ad-hoc meeting)
   */
  Meeting create(MeetingCreateParams params);

  /** One page of meeting series in Webex's default window (now to now + 7 days). */
  Page<Meeting> list();

  /**
   * One page of meetings ({@code Link} paging); {@code autoPager()} streams all.
   *
   * @param params non-null query
   */
  Page<Meeting> list(MeetingListParams params);

  /**
   * @param meetingId non-blank meeting, occurrence or instance id
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Meeting get(String meetingId);

  /**
   * @param meetingId non-blank meeting id
   * @param params non-null query
   */
  Meeting get(String meetingId, MeetingGetParams params);

  /**
   * Changes a meeting series or scheduled occurrence with {@code PATCH} (only the fields set in
   * {@code params}); see {@link MeetingUpdateParams} for why not PUT. Ended or in-progress
   * instances cannot be updated.
   *
   * @param meetingId non-blank series or occurrence id
   * @param params non-null changes
   */
  Meeting update(String meetingId, MeetingUpdateParams params);

  /**
   * Deletes a meeting series or occurrence; Webex emails host and invitees.
   *
   * @param meetingId non-blank series or occurrence id
   */
  void delete(String meetingId);

  /**
   * @param meetingId non-blank series or occurrence id
   * @param params non-null query (host, whether to email)
   */
  void delete(String meetingId, MeetingDeleteParams params);

  /**
   * Ends a running meeting for everyone (host, cohost or compliance officer only).
   *
   * @param meetingId non-blank meeting id
   * @param reason reason shown to participants, null for none
   */
  void end(String meetingId, String reason);

  /** Registrants of meetings that require registration. */
  MeetingRegistrants registrants();
}
