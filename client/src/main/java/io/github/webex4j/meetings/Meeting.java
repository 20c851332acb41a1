package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A meeting series, scheduled meeting (occurrence) or meeting instance, as returned by create, get,
 * list and update. Fields the API omits are null (lists empty). Enum fields map unknown values to
 * {@code UNKNOWN}.
 *
 * @param id unique identifier for meeting.
 * @param meetingSeriesId unique identifier for meeting series.
 * @param scheduledMeetingId unique identifier for scheduled meeting which current meeting is
 *     associated with.
 * @param meetingNumber meeting number.
 * @param title meeting title.
 * @param agenda meeting agenda.
 * @param password meeting password.
 * @param phoneAndVideoSystemPassword 8-digit numeric password used to join a meeting from audio and
 *     video devices.
 * @param meetingType meeting type.
 * @param state meeting state.
 * @param hostDidJoin only applies to meeting series in the {@code inProgress} state, scheduled
 *     meetings in the {@code ready} state, and meeting instances in the {@code inProgress} state,
 *     whether or not the meeting host joined the meeting.
 * @param attendeeDidJoin only applies to meeting series in the {@code inProgress} state, scheduled
 *     meetings in the {@code ready} state, and meeting instances in the {@code inProgress} state.
 * @param isModified this state only applies to scheduled meeting.
 * @param timezone time zone of {@code start} and {@code end}, conforming with the IANA time zone
 *     database.
 * @param start start time for meeting in ISO 8601 compliant format.
 * @param end end time for a meeting in ISO 8601 compliant format.
 * @param recurrence meeting series recurrence rule (conforming with RFC 2445).
 * @param hostUserId unique identifier for the meeting host.
 * @param hostDisplayName display name for the meeting host.
 * @param hostEmail email address for the meeting host.
 * @param hostKey key for joining the meeting as host.
 * @param siteUrl site URL for the meeting.
 * @param webLink link to a meeting information page where the meeting client is launched if the
 *     meeting is ready to start or join.
 * @param registerLink link to register a meeting which has enabled registration.
 * @param sipAddress SIP address for callback from a video system.
 * @param dialInIpAddress IP address for callback from a video system.
 * @param roomId room ID of the associated Webex space.
 * @param enabledAutoRecordMeeting whether or not meeting is recorded automatically.
 * @param allowAnyUserToBeCoHost whether or not to allow any attendee with a host account on the
 *     target site to become a cohost when joining the meeting.
 * @param enabledJoinBeforeHost whether or not to allow any attendee to join the meeting before the
 *     host joins the meeting.
 * @param enableConnectAudioBeforeHost whether or not to allow any attendee to connect to audio
 *     before the host joins the meeting.
 * @param joinBeforeHostMinutes number of minutes an attendee can join the meeting before the
 *     meeting start time and the host joins.
 * @param excludePassword whether or not to exclude the meeting password from the email invitation.
 * @param publicMeeting whether or not to allow the meeting to be listed on the public calendar.
 * @param reminderTime the number of minutes before the meeting begins, that an email reminder is
 *     sent to the host.
 * @param unlockedMeetingJoinSecurity specifies how the people who aren't on the invite can join the
 *     unlocked meeting.
 * @param sessionTypeId unique identifier for a meeting session type for the user.
 * @param scheduledType specifies whether the meeting is a regular meeting, a webinar, or a meeting
 *     scheduled in the user's personal room.
 * @param enabledWebcastView whether or not webcast view is enabled.
 * @param panelistPassword password for panelists of a webinar meeting.
 * @param phoneAndVideoSystemPanelistPassword 8-digit numeric panelist password to join a webinar
 *     meeting from audio and video devices.
 * @param enableAutomaticLock whether or not to automatically lock the meeting after it starts.
 * @param automaticLockMinutes the number of minutes after the meeting begins, for automatically
 *     locking it.
 * @param allowFirstUserToBeCoHost whether or not to allow the first attendee of the meeting with a
 *     host account on the target site to become a cohost.
 * @param allowAuthenticatedDevices whether or not to allow authenticated video devices in the
 *     meeting's organization to start or join the meeting without a prompt.
 * @param hasChat whether or not this meeting instance has chat.
 * @param hasRecording whether or not this meeting instance has been recorded.
 * @param hasTranscription whether or not this meeting instance has a transcription.
 * @param hasSummary whether the meeting instance has a summary.
 * @param hasClosedCaption whether or not this meeting instance has closed captions.
 * @param hasPolls whether or not this meeting instance has polls.
 * @param hasQA whether or not this meeting instance has Q&amp;A.
 * @param hasSlido whether or not this meeting instance has Slido interactions.
 * @param hasRegistration whether or not this meeting instance has a registration form.
 * @param hasRegistrants whether or not someone has registered a this meeting instance via the
 *     registration form.
 * @param hasPostEventSurvey whether this meeting instance has a survey and someone has responded to
 *     the survey.
 * @param telephony information for callbacks from a meeting to phone or for joining a
 *     teleconference using a phone.
 * @param meetingOptions meeting Options.
 * @param attendeePrivileges attendee Privileges.
 * @param registration meeting registration.
 * @param integrationTags external keys created by an integration application in its domain, for
 *     example, Zendesk ticket IDs, Jira IDs, Salesforce Opportunity IDs, etc.
 * @param simultaneousInterpretation simultaneous interpretation information for the meeting.
 * @param enabledBreakoutSessions whether or not breakout sessions are enabled.
 * @param links HATEOAS Breakout Sessions information for meeting.
 * @param trackingCodes tracking codes information.
 * @param enabledAudioWatermark whether or not the audio watermark is enabled.
 * @param enabledVisualWatermark whether or not the visual watermark is enabled.
 * @param visualWatermarkOpacity opacity level for visual watermark.
 * @param audioConnectionOptions audio connection options.
 * @param requireAttendeeLogin require attendees to sign in before joining the webinar.
 * @param restrictToInvitees restrict webinar to invited attendees only.
 * @param enabledLiveStream whether or not live streaming is enabled.
 * @param liveStream live streaming settings.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Meeting(
    @Nullable String id,
    @Nullable String meetingSeriesId,
    @Nullable String scheduledMeetingId,
    @Nullable String meetingNumber,
    @Nullable String title,
    @Nullable String agenda,
    @Nullable String password,
    @Nullable String phoneAndVideoSystemPassword,
    @Nullable MeetingType meetingType,
    @Nullable MeetingState state,
    @Nullable Boolean hostDidJoin,
    @Nullable Boolean attendeeDidJoin,
    @Nullable Boolean isModified,
    @Nullable String timezone,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable String recurrence,
    @Nullable String hostUserId,
    @Nullable String hostDisplayName,
    @Nullable String hostEmail,
    @Nullable String hostKey,
    @Nullable String siteUrl,
    @Nullable String webLink,
    @Nullable String registerLink,
    @Nullable String sipAddress,
    @Nullable String dialInIpAddress,
    @Nullable String roomId,
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
    @Nullable String phoneAndVideoSystemPanelistPassword,
    @Nullable Boolean enableAutomaticLock,
    @Nullable Integer automaticLockMinutes,
    @Nullable Boolean allowFirstUserToBeCoHost,
    @Nullable Boolean allowAuthenticatedDevices,
    @Nullable Boolean hasChat,
    @Nullable Boolean hasRecording,
    @Nullable Boolean hasTranscription,
    @Nullable Boolean hasSummary,
    @Nullable Boolean hasClosedCaption,
    @Nullable Boolean hasPolls,
    @Nullable Boolean hasQA,
    @Nullable Boolean hasSlido,
    @Nullable Boolean hasRegistration,
    @Nullable Boolean hasRegistrants,
    @Nullable Boolean hasPostEventSurvey,
    @Nullable MeetingTelephony telephony,
    @Nullable MeetingOptions meetingOptions,
    @Nullable AttendeePrivileges attendeePrivileges,
    @Nullable MeetingRegistration registration,
    List<String> integrationTags,
    @Nullable SimultaneousInterpretation simultaneousInterpretation,
    @Nullable Boolean enabledBreakoutSessions,
    List<MeetingLink> links,
    List<TrackingCode> trackingCodes,
    @Nullable Boolean enabledAudioWatermark,
    @Nullable Boolean enabledVisualWatermark,
    @Nullable Integer visualWatermarkOpacity,
    @Nullable AudioConnectionOptions audioConnectionOptions,
    @Nullable Boolean requireAttendeeLogin,
    @Nullable Boolean restrictToInvitees,
    @Nullable Boolean enabledLiveStream,
    @Nullable LiveStream liveStream,
    Map<String, @Nullable Object> extra) {

  /** Absent lists become empty lists. */
  public Meeting {
    extra = Extras.copyOf(extra);
    integrationTags = integrationTags == null ? List.of() : List.copyOf(integrationTags);
    links = links == null ? List.of() : List.copyOf(links);
    trackingCodes = trackingCodes == null ? List.of() : List.copyOf(trackingCodes);
  }
}
