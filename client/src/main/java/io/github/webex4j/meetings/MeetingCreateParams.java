package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /meetings}: schedules a meeting, webinar or personal room meeting, or (with
 * {@code adhoc} and {@code roomId}) starts the ad-hoc meeting of a room. Null components are not
 * sent; Webex applies its defaults. The compact constructor checks the documented limits: title
 * (required, at most 128 characters), start and end (required unless ad-hoc; start before end; 10
 * minutes to 23 h 59 min apart), agenda (1300), invitees (1000), integration tags (3, 64 characters
 * each), breakout sessions (100), {@code joinBeforeHostMinutes} (0/5/10/15, webinars
 * 0/15/30/45/60), {@code visualWatermarkOpacity} (5 to 80), {@code restrictToInvitees} needing
 * {@code requireAttendeeLogin}, {@code enabledLiveStream} needing {@code liveStream}. Rules Webex
 * checks itself (password complexity, start not in the past, quotas) surface as {@code
 * BadRequestException}.
 *
 * @param adhoc whether or not to create an ad-hoc meeting for the room specified by {@code roomId}.
 * @param roomId unique identifier for the Webex space which the meeting is to be associated with.
 * @param templateId unique identifier for meeting template.
 * @param title meeting title.
 * @param agenda meeting agenda.
 * @param password meeting password.
 * @param start date and time for the start of meeting in any ISO 8601 compliant format.
 * @param end date and time for the end of meeting in any ISO 8601 compliant format.
 * @param timezone time zone in which the meeting was originally scheduled (conforming with the IANA
 *     time zone database).
 * @param recurrence meeting series recurrence rule (conforming with RFC 2445), applying only to
 *     meeting series.
 * @param enabledAutoRecordMeeting whether or not meeting is recorded automatically.
 * @param allowAnyUserToBeCoHost whether or not to allow any attendee with a host account on the
 *     target site to become a cohost when joining the meeting.
 * @param enabledJoinBeforeHost whether or not to allow any attendee to join the meeting before the
 *     host joins the meeting.
 * @param enableConnectAudioBeforeHost whether or not to allow any attendee to connect audio in the
 *     meeting before the host joins the meeting.
 * @param joinBeforeHostMinutes number of minutes an attendee can join the meeting before the
 *     meeting start time and the host joins.
 * @param excludePassword whether or not to exclude the meeting password from the email invitation.
 * @param publicMeeting whether or not to allow the meeting to be listed on the public calendar.
 * @param reminderTime the number of minutes before the meeting begins, that an email reminder is
 *     sent to the host.
 * @param unlockedMeetingJoinSecurity specifies how the people who aren't on the invite can join the
 *     unlocked meeting.
 * @param sessionTypeId unique identifier for a meeting session type for the user.
 * @param scheduledType when set as an attribute in a POST request body, specifies whether it's a
 *     regular meeting, a webinar, or a meeting scheduled in the user's personal room.
 * @param enabledWebcastView whether or not webcast view is enabled.
 * @param panelistPassword password for panelists of a webinar meeting.
 * @param enableAutomaticLock whether or not to automatically lock the meeting after it starts.
 * @param automaticLockMinutes the number of minutes after the meeting begins, for automatically
 *     locking it.
 * @param allowFirstUserToBeCoHost whether or not to allow the first attendee of the meeting with a
 *     host account on the target site to become a cohost.
 * @param allowAuthenticatedDevices whether or not to allow authenticated video devices in the
 *     meeting's organization to start or join the meeting without a prompt.
 * @param invitees invitees for meeting.
 * @param sendEmail whether or not to send emails to host and invitees.
 * @param hostEmail email address for the meeting host.
 * @param siteUrl URL of the Webex site which the meeting is created on.
 * @param meetingOptions meeting Options.
 * @param attendeePrivileges attendee Privileges.
 * @param registration meeting registration.
 * @param integrationTags external keys created by an integration application in its own domain, for
 *     example Zendesk ticket IDs, Jira IDs, Salesforce Opportunity IDs, etc.
 * @param simultaneousInterpretation simultaneous interpretation information for a meeting.
 * @param enabledBreakoutSessions whether or not breakout sessions are enabled.
 * @param breakoutSessions breakout sessions are smaller groups that are split off from the main
 *     meeting or webinar.
 * @param trackingCodes tracking codes information.
 * @param enabledAudioWatermark whether or not the audio watermark is enabled.
 * @param enabledVisualWatermark whether or not the visual watermark is enabled.
 * @param visualWatermarkOpacity opacity level for the visual watermark.
 * @param audioConnectionOptions audio connection options.
 * @param requireAttendeeLogin require attendees to sign in before joining the webinar.
 * @param restrictToInvitees restrict webinar to invited attendees only.
 * @param enabledLiveStream whether or not live streaming is enabled.
 * @param liveStream live streaming settings.
 */
public record MeetingCreateParams(
    @Nullable Boolean adhoc,
    @Nullable String roomId,
    @Nullable String templateId,
    @Nullable String title,
    @Nullable String agenda,
    @Nullable String password,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable String timezone,
    @Nullable String recurrence,
    @Nullable Boolean enabledAutoRecordMeeting,
    @Nullable Boolean allowAnyUserToBeCoHost,
    @Nullable Boolean enabledJoinBeforeHost,
    @Nullable Boolean enableConnectAudioBeforeHost,
    @Nullable Integer joinBeforeHostMinutes,
    @Nullable Boolean excludePassword,
    @Nullable Boolean publicMeeting,
    @Nullable Integer reminderTime,
    @Nullable JoinSecurity unlockedMeetingJoinSecurity,
    @Nullable Integer sessionTypeId,
    @Nullable ScheduledType scheduledType,
    @Nullable Boolean enabledWebcastView,
    @Nullable String panelistPassword,
    @Nullable Boolean enableAutomaticLock,
    @Nullable Integer automaticLockMinutes,
    @Nullable Boolean allowFirstUserToBeCoHost,
    @Nullable Boolean allowAuthenticatedDevices,
    @Nullable List<MeetingInvitee> invitees,
    @Nullable Boolean sendEmail,
    @Nullable String hostEmail,
    @Nullable String siteUrl,
    @Nullable MeetingOptions meetingOptions,
    @Nullable AttendeePrivileges attendeePrivileges,
    @Nullable MeetingRegistration registration,
    @Nullable List<String> integrationTags,
    @Nullable SimultaneousInterpretation simultaneousInterpretation,
    @Nullable Boolean enabledBreakoutSessions,
    @Nullable List<BreakoutSession> breakoutSessions,
    @Nullable List<TrackingCode> trackingCodes,
    @Nullable Boolean enabledAudioWatermark,
    @Nullable Boolean enabledVisualWatermark,
    @Nullable Integer visualWatermarkOpacity,
    @Nullable AudioConnectionOptions audioConnectionOptions,
    @Nullable Boolean requireAttendeeLogin,
    @Nullable Boolean restrictToInvitees,
    @Nullable Boolean enabledLiveStream,
    @Nullable LiveStream liveStream) {

  /**
   * Checks the body before any request: the fields an ad-hoc or a scheduled meeting needs and the
   * limits Webex documents.
   *
   * @throws IllegalArgumentException naming the field if a required value is missing or a
   *     documented limit is broken
   */
  public MeetingCreateParams {
    boolean isAdhoc = Boolean.TRUE.equals(adhoc);
    if (isAdhoc) {
      Checks.notBlank(roomId, "roomId (required when adhoc is true)");
    } else {
      Checks.notBlank(title, "title");
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(end, "end must not be null");
    }
    MeetingLimits.checkTitle(title);
    MeetingLimits.checkAgenda(agenda);
    if (!isAdhoc) {
      MeetingLimits.checkTimes(start, end);
    }
    MeetingLimits.checkMax(invitees, MeetingLimits.MAX_INVITEES, "invitees");
    MeetingLimits.checkMax(
        breakoutSessions, MeetingLimits.MAX_BREAKOUT_SESSIONS, "breakoutSessions");
    MeetingLimits.checkIntegrationTags(integrationTags);
    MeetingLimits.checkOpacity(visualWatermarkOpacity);
    MeetingLimits.checkJoinBeforeHostMinutes(
        joinBeforeHostMinutes, scheduledType == ScheduledType.WEBINAR);
    MeetingLimits.checkWebinarLogin(restrictToInvitees, requireAttendeeLogin);
    if (Boolean.TRUE.equals(enabledLiveStream) && liveStream == null) {
      throw new IllegalArgumentException("liveStream is required when enabledLiveStream is true");
    }
    invitees = MeetingLimits.copyOrNull(invitees);
    breakoutSessions = MeetingLimits.copyOrNull(breakoutSessions);
    integrationTags = MeetingLimits.copyOrNull(integrationTags);
    trackingCodes = MeetingLimits.copyOrNull(trackingCodes);
  }

  /**
   * A meeting with a title, start and end; other settings use Webex defaults.
   *
   * @param title non-blank title, at most 128 characters
   * @param start start time
   * @param end end time, 10 minutes to 23 h 59 min after {@code start}
   */
  public static MeetingCreateParams of(String title, Instant start, Instant end) {
    return builder().title(title).start(start).end(end).build();
  }

  /** A builder; {@code title}, {@code start} and {@code end} are required (unless ad-hoc). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingCreateParams}. */
  public static final class Builder extends MeetingSettingsBuilder<Builder> {
    private Boolean adhoc;
    private String roomId;
    private String templateId;
    private ScheduledType scheduledType;
    private List<MeetingInvitee> invitees;
    private String siteUrl;
    private MeetingRegistration registration;
    private SimultaneousInterpretation simultaneousInterpretation;
    private List<BreakoutSession> breakoutSessions;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets whether to create an ad-hoc meeting for the room set by {@link #roomId(String)} instead
     * of a scheduled one.
     *
     * @param adhoc whether or not to create an ad-hoc meeting for the room specified by {@code
     *     roomId}.
     */
    public Builder adhoc(boolean adhoc) {
      this.adhoc = adhoc;
      return this;
    }

    /** Unique identifier for the Webex space which the meeting is to be associated with. */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return this;
    }

    /** Unique identifier for meeting template. */
    public Builder templateId(String templateId) {
      this.templateId = templateId;
      return this;
    }

    /**
     * When set as an attribute in a POST request body, specifies whether it's a regular meeting, a
     * webinar, or a meeting scheduled in the user's personal room.
     */
    public Builder scheduledType(ScheduledType scheduledType) {
      this.scheduledType = scheduledType;
      return this;
    }

    /** Invitees for meeting. */
    public Builder invitees(List<MeetingInvitee> invitees) {
      this.invitees = invitees;
      return this;
    }

    /** URL of the Webex site which the meeting is created on. */
    public Builder siteUrl(String siteUrl) {
      this.siteUrl = siteUrl;
      return this;
    }

    /** Meeting registration. */
    public Builder registration(MeetingRegistration registration) {
      this.registration = registration;
      return this;
    }

    /**
     * Sets the simultaneous interpretation (languages and interpreters) of the meeting.
     *
     * @param simultaneousInterpretation simultaneous interpretation information for a meeting.
     */
    public Builder simultaneousInterpretation(
        SimultaneousInterpretation simultaneousInterpretation) {
      this.simultaneousInterpretation = simultaneousInterpretation;
      return this;
    }

    /** Breakout sessions are smaller groups that are split off from the main meeting or webinar. */
    public Builder breakoutSessions(List<BreakoutSession> breakoutSessions) {
      this.breakoutSessions = breakoutSessions;
      return this;
    }

    /**
     * Adds one invitee by email.
     *
     * @param email non-blank email address
     */
    public Builder invitee(String email) {
      invitees = invitees == null ? new ArrayList<>() : new ArrayList<>(invitees);
      invitees.add(MeetingInvitee.of(email));
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if a value is missing or breaks a documented limit
     */
    public MeetingCreateParams build() {
      return new MeetingCreateParams(
          adhoc,
          roomId,
          templateId,
          title,
          agenda,
          password,
          start,
          end,
          timezone,
          recurrence,
          enabledAutoRecordMeeting,
          allowAnyUserToBeCoHost,
          enabledJoinBeforeHost,
          enableConnectAudioBeforeHost,
          joinBeforeHostMinutes,
          excludePassword,
          publicMeeting,
          reminderTime,
          unlockedMeetingJoinSecurity,
          sessionTypeId,
          scheduledType,
          enabledWebcastView,
          panelistPassword,
          enableAutomaticLock,
          automaticLockMinutes,
          allowFirstUserToBeCoHost,
          allowAuthenticatedDevices,
          invitees,
          sendEmail,
          hostEmail,
          siteUrl,
          meetingOptions,
          attendeePrivileges,
          registration,
          integrationTags,
          simultaneousInterpretation,
          enabledBreakoutSessions,
          breakoutSessions,
          trackingCodes,
          enabledAudioWatermark,
          enabledVisualWatermark,
          visualWatermarkOpacity,
          audioConnectionOptions,
          requireAttendeeLogin,
          restrictToInvitees,
          enabledLiveStream,
          liveStream);
    }
  }
}
