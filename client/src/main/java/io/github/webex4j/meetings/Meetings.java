package io.github.webex4j.meetings;

import io.github.webex4j.Page;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

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
   * The meeting series, scheduled meeting or instance with this id.
   *
   * @param meetingId non-blank meeting, occurrence or instance id
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Meeting get(String meetingId);

  /**
   * Like {@link #get(String)}, for a series' current scheduled meeting or as another host (admins).
   *
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
   * Like {@link #delete(String)}, as another host (admins) or without emailing host and invitees.
   *
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
  void end(String meetingId, @Nullable String reason);

  /**
   * Links that start or join a meeting in a web browser without logging in ({@code POST
   * /meetings/join} with {@code joinDirectly: false}).
   *
   * @param params non-null, validated request
   * @throws io.github.webex4j.ForbiddenException e.g. for a wrong meeting password [?] (the status
   *     is not documented)
   */
  MeetingJoinLinks join(MeetingJoinParams params);

  /**
   * One page of the organization's meetings with a meeting number or web link, for an admin ({@code
   * GET /admin/meetings}). Webex hides the sensitive fields: {@code agenda}, {@code hostKey},
   * {@code password}, {@code phoneAndVideoSystemPassword}, {@code panelistPassword}, {@code
   * webLink}, {@code sipAddress}, {@code dialInIpAddress}, {@code registration} and the telephony
   * access code are null.
   *
   * @param params non-null query
   */
  Page<Meeting> listForAdmin(AdminMeetingListParams params);

  /**
   * A meeting of any host in the organization, for an admin ({@code GET
   * /admin/meetings/{meetingId}}), with the sensitive fields hidden as in {@link
   * #listForAdmin(AdminMeetingListParams)}; a series id gives the whole series.
   *
   * @param meetingId non-blank meeting, occurrence or instance id
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Meeting getForAdmin(String meetingId);

  /**
   * Like {@link #getForAdmin(String)}; for a series id, {@code current} true gives the scheduled
   * meeting that is ready or next instead of the series.
   *
   * @param meetingId non-blank meeting, occurrence or instance id
   * @param current whether to return the series' current scheduled meeting
   */
  Meeting getForAdmin(String meetingId, boolean current);

  /**
   * A view of this resource whose list and get requests (the admin ones too) carry the {@code
   * timezone} header, so Webex renders times and each meeting's {@code timezone} in {@code zone}.
   * The decoded {@link java.time.Instant}s name the same moments whatever the zone. This resource
   * is not modified.
   *
   * @param zone non-null IANA zone, sent by its id (e.g. {@code Europe/Berlin})
   */
  Meetings withTimezone(ZoneId zone);

  /**
   * A view of this resource whose {@code list} and {@code get} requests carry the meeting password
   * in the {@code password} header, which Webex needs to show a password-protected meeting to
   * someone who is neither its host, a cohost nor an invitee. The header goes only to the
   * configured API origin. This resource is not modified.
   *
   * @param password non-blank meeting password
   * @throws IllegalArgumentException if the password is blank
   */
  Meetings withPassword(String password);

  /** Registrants of meetings that require registration. */
  MeetingRegistrants registrants();
}
